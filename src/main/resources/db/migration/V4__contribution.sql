-- One department's draft for one issue, its items, and a snapshot per submission.
CREATE TABLE contribution (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    issue_id        BIGINT      NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    overdue         BOOLEAN     DEFAULT FALSE NOT NULL,
    revision        INT         DEFAULT 0 NOT NULL,
    return_reason   LONGTEXT,
    returned_by     VARCHAR(64),
    returned_at     ${datetime},
    submitted_by    VARCHAR(64),
    submitted_at    ${datetime},
    reviewed_by     VARCHAR(64),
    reviewed_at     ${datetime},
    updated_by      VARCHAR(64),
    updated_at      ${datetime},
    version         INT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_contribution PRIMARY KEY (id),
    CONSTRAINT fk_contribution_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_contribution_department FOREIGN KEY (department_code) REFERENCES department (code),
    CONSTRAINT ux_contribution_issue_department UNIQUE (issue_id, department_code)
) ${table_options};

CREATE TABLE contribution_item (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    contribution_id BIGINT   NOT NULL,
    section_id      BIGINT   NOT NULL,
    position        INT      NOT NULL,
    text            LONGTEXT NOT NULL,
    CONSTRAINT pk_contribution_item PRIMARY KEY (id),
    CONSTRAINT fk_contribution_item_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT fk_contribution_item_section FOREIGN KEY (section_id) REFERENCES issue_section (id)
) ${table_options};
CREATE INDEX ix_contribution_item_contribution ON contribution_item (contribution_id, section_id, position);

CREATE TABLE contribution_revision (
    contribution_id BIGINT      NOT NULL,
    revision        INT         NOT NULL,
    author          VARCHAR(64) NOT NULL,
    created_at      ${datetime} NOT NULL,
    content         LONGTEXT    NOT NULL,
    CONSTRAINT pk_contribution_revision PRIMARY KEY (contribution_id, revision),
    CONSTRAINT fk_contribution_revision_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id)
) ${table_options};
