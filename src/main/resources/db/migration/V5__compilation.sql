-- The editor's compiled issue: accepted (and editor-written) items, statistics and checklist findings.
CREATE TABLE issue_item (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    issue_id        BIGINT      NOT NULL,
    section_id      BIGINT      NOT NULL,
    position        INT         NOT NULL,
    department_code VARCHAR(32),
    contribution_id BIGINT,
    original_text   LONGTEXT,
    text            LONGTEXT    NOT NULL,
    included        BOOLEAN     DEFAULT TRUE NOT NULL,
    edited_by       VARCHAR(64),
    edited_at       ${datetime},
    version         INT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_issue_item PRIMARY KEY (id),
    CONSTRAINT fk_issue_item_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_issue_item_section FOREIGN KEY (section_id) REFERENCES issue_section (id)
) ${table_options};
CREATE INDEX ix_issue_item_section ON issue_item (section_id, position);
CREATE INDEX ix_issue_item_issue ON issue_item (issue_id);

CREATE TABLE issue_section_note (
    section_id BIGINT   NOT NULL,
    issue_id   BIGINT   NOT NULL,
    intro_text LONGTEXT NOT NULL,
    CONSTRAINT pk_issue_section_note PRIMARY KEY (section_id),
    CONSTRAINT fk_issue_section_note_section FOREIGN KEY (section_id) REFERENCES issue_section (id)
) ${table_options};

CREATE TABLE issue_statistic (
    section_id       BIGINT       NOT NULL,
    metric_key       VARCHAR(64)  NOT NULL,
    issue_id         BIGINT       NOT NULL,
    position         INT          NOT NULL,
    label            VARCHAR(100) NOT NULL,
    accumulation     VARCHAR(16)  NOT NULL,
    period_value     BIGINT,
    cumulative_value BIGINT,
    CONSTRAINT pk_issue_statistic PRIMARY KEY (section_id, metric_key),
    CONSTRAINT fk_issue_statistic_section FOREIGN KEY (section_id) REFERENCES issue_section (id)
) ${table_options};
CREATE INDEX ix_issue_statistic_issue ON issue_statistic (issue_id);

CREATE TABLE issue_checklist_entry (
    section_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    issue_id   BIGINT       NOT NULL,
    label      VARCHAR(100) NOT NULL,
    finding    LONGTEXT     NOT NULL,
    CONSTRAINT pk_issue_checklist_entry PRIMARY KEY (section_id, position),
    CONSTRAINT fk_issue_checklist_entry_section FOREIGN KEY (section_id) REFERENCES issue_section (id)
) ${table_options};
