-- Rules of a bulletin's sign-off that its administrator sets next to the definition: how many signers
-- approvers may add to one issue, whether the last step may only be added for leaders, and how many
-- hours a sign-off step may stay open before it is overdue (0: never). A bulletin without a row uses
-- the defaults of signoff.SignoffRules.
CREATE TABLE signoff_rules (
    bulletin_id            BIGINT      NOT NULL,
    max_added_signers      INT         NOT NULL,
    leaders_only_last_step BOOLEAN     NOT NULL,
    step_due_hours         INT         NOT NULL,
    updated_at             ${datetime} NOT NULL,
    updated_by             VARCHAR(64) NOT NULL,
    version                INT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_signoff_rules PRIMARY KEY (bulletin_id),
    CONSTRAINT fk_signoff_rules_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
) ${table_options};
