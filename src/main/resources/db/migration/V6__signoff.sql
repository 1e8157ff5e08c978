-- The sign-off chain of one issue, copied from the bulletin; approvers may add signers.
CREATE TABLE signoff_step (
    issue_id  BIGINT       NOT NULL,
    position  INT          NOT NULL,
    name      VARCHAR(50)  NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    assignee  VARCHAR(64),
    added_by  VARCHAR(64),
    CONSTRAINT pk_signoff_step PRIMARY KEY (issue_id, position),
    CONSTRAINT fk_signoff_step_issue FOREIGN KEY (issue_id) REFERENCES issue (id)
) ${table_options};
