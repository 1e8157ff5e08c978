-- The process log auditors search: one row per step, written in the transaction of the step.
-- The application only ever inserts rows; no account can change or delete them.
CREATE TABLE process_log (
    id               BIGINT AUTO_INCREMENT NOT NULL,
    occurred_at      ${datetime}   NOT NULL,
    actor            VARCHAR(64),
    actor_name       VARCHAR(100),
    actor_department VARCHAR(32),
    action           VARCHAR(40)   NOT NULL,
    issue_id         BIGINT,
    department_code  VARCHAR(32),
    task_id          VARCHAR(64),
    decision         VARCHAR(20),
    opinion          LONGTEXT,
    detail           VARCHAR(1000),
    CONSTRAINT pk_process_log PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_process_log_time ON process_log (occurred_at);
CREATE INDEX ix_process_log_actor ON process_log (actor, occurred_at);
CREATE INDEX ix_process_log_issue ON process_log (issue_id, occurred_at);
CREATE INDEX ix_process_log_action ON process_log (action, occurred_at);
CREATE INDEX ix_process_log_department ON process_log (department_code, occurred_at);
CREATE INDEX ix_process_log_actor_department ON process_log (actor_department, occurred_at);
