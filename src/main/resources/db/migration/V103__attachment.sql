-- Files attached to a department's contribution (images, PDF, DOCX, XLSX), kept in the database with
-- their SHA-256. Their type was checked by content on upload; content_type is what they are served as.
-- One file once per contribution (same SHA-256 again is answered 409).
CREATE TABLE attachment (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    contribution_id BIGINT       NOT NULL,
    issue_id        BIGINT       NOT NULL,
    department_code VARCHAR(32)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    width           INT,
    height          INT,
    content         LONGBLOB     NOT NULL,
    uploaded_by     VARCHAR(64)  NOT NULL,
    uploaded_at     ${datetime}  NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT fk_attachment_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT ux_attachment_contribution_sha256 UNIQUE (contribution_id, sha256)
) ${table_options};
CREATE INDEX ix_attachment_issue ON attachment (issue_id);

-- An attached image the editor placed in the compiled issue, printed after the item's text.
CREATE TABLE issue_item_figure (
    item_id       BIGINT       NOT NULL,
    issue_id      BIGINT       NOT NULL,
    attachment_id BIGINT       NOT NULL,
    caption       VARCHAR(200),
    placed_by     VARCHAR(64)  NOT NULL,
    placed_at     ${datetime}  NOT NULL,
    CONSTRAINT pk_issue_item_figure PRIMARY KEY (item_id),
    CONSTRAINT fk_issue_item_figure_item FOREIGN KEY (item_id) REFERENCES issue_item (id),
    CONSTRAINT fk_issue_item_figure_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id)
) ${table_options};
CREATE INDEX ix_issue_item_figure_issue ON issue_item_figure (issue_id);
