-- Every text of a compiled item, in order: as it came in (accepted or written by the editor) and after
-- each edit, so that what the editor changed can be shown word by word (revision diffs).
-- author NULL: the text came in with the department's accepted contribution.
CREATE TABLE issue_item_revision (
    item_id    BIGINT      NOT NULL,
    revision   INT         NOT NULL,
    issue_id   BIGINT      NOT NULL,
    author     VARCHAR(64),
    created_at ${datetime} NOT NULL,
    text       LONGTEXT    NOT NULL,
    CONSTRAINT pk_issue_item_revision PRIMARY KEY (item_id, revision),
    CONSTRAINT fk_issue_item_revision_issue FOREIGN KEY (issue_id) REFERENCES issue (id)
) ${table_options};
