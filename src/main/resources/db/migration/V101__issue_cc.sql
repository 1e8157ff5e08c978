-- Copies (抄送) of an issue in progress to people of the centre, read-only, with when each one first opened it.
-- One row per person and issue: copying someone twice adds nothing.
CREATE TABLE issue_cc (
    id        BIGINT AUTO_INCREMENT NOT NULL,
    issue_id  BIGINT       NOT NULL,
    username  VARCHAR(64)  NOT NULL,
    sent_by   VARCHAR(64)  NOT NULL,
    sent_at   ${datetime}  NOT NULL,
    note      VARCHAR(500),
    read_at   ${datetime},
    CONSTRAINT pk_issue_cc PRIMARY KEY (id),
    CONSTRAINT ux_issue_cc UNIQUE (issue_id, username),
    CONSTRAINT fk_issue_cc_issue FOREIGN KEY (issue_id) REFERENCES issue (id)
) ${table_options};
CREATE INDEX ix_issue_cc_username ON issue_cc (username, read_at);
