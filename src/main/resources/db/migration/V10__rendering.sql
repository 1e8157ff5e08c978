-- The frozen files of a signed-off issue: rendered once, stored, never rewritten.
CREATE TABLE issue_document (
    issue_id    BIGINT      NOT NULL,
    format      VARCHAR(8)  NOT NULL,
    content     LONGBLOB    NOT NULL,
    sha256      VARCHAR(64) NOT NULL,
    rendered_at ${datetime} NOT NULL,
    CONSTRAINT pk_issue_document PRIMARY KEY (issue_id, format),
    CONSTRAINT fk_issue_document_issue FOREIGN KEY (issue_id) REFERENCES issue (id)
) ${table_options};
