-- Who was urged (催办) on which open task of an issue, when and by whom: an approver whose sign-off step
-- is overdue, a recipient who has not acknowledged. Departments' urges stay in the process log.
CREATE TABLE task_urge (
    id        BIGINT AUTO_INCREMENT NOT NULL,
    issue_id  BIGINT       NOT NULL,
    task_id   VARCHAR(64)  NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    username  VARCHAR(64)  NOT NULL,
    urged_by  VARCHAR(64)  NOT NULL,
    urged_at  ${datetime}  NOT NULL,
    message   VARCHAR(500),
    CONSTRAINT pk_task_urge PRIMARY KEY (id),
    CONSTRAINT fk_task_urge_issue FOREIGN KEY (issue_id) REFERENCES issue (id)
) ${table_options};
CREATE INDEX ix_task_urge_issue ON task_urge (issue_id, kind, username);
