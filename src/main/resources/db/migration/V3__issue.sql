-- Issues and their outline, copied from the bulletin when the issue opens.
CREATE TABLE issue (
    id                  BIGINT AUTO_INCREMENT NOT NULL,
    bulletin_id         BIGINT       NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    title               VARCHAR(100) NOT NULL,
    issuer              VARCHAR(200) NOT NULL,
    subtitle            VARCHAR(100),
    issue_line_format   VARCHAR(100) NOT NULL,
    heading_styles      VARCHAR(300) NOT NULL,
    cumulative_numbering BOOLEAN     NOT NULL,
    period_start        DATE         NOT NULL,
    period_end          DATE         NOT NULL,
    deadline            ${datetime}  NOT NULL,
    numbering_year      INT,
    yearly_number       INT,
    cumulative_number   INT,
    issue_date          DATE,
    print_copies        INT          NOT NULL,
    collection_closed   BOOLEAN      DEFAULT FALSE NOT NULL,
    process_instance_id VARCHAR(64),
    cancel_reason       VARCHAR(500),
    opened_by           VARCHAR(64)  NOT NULL,
    opened_at           ${datetime}  NOT NULL,
    signed_off_at       ${datetime},
    version             INT          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_issue PRIMARY KEY (id),
    CONSTRAINT fk_issue_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id),
    CONSTRAINT ux_issue_yearly_number UNIQUE (bulletin_id, numbering_year, yearly_number),
    CONSTRAINT ux_issue_cumulative_number UNIQUE (bulletin_id, cumulative_number)
) ${table_options};
CREATE INDEX ix_issue_bulletin_period ON issue (bulletin_id, period_start);
CREATE INDEX ix_issue_status ON issue (status);
CREATE INDEX ix_issue_process_instance ON issue (process_instance_id);

CREATE TABLE issue_section (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    issue_id     BIGINT       NOT NULL,
    parent_id    BIGINT,
    position     INT          NOT NULL,
    section_key  VARCHAR(64)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    number_items BOOLEAN      NOT NULL,
    template     LONGTEXT,
    CONSTRAINT pk_issue_section PRIMARY KEY (id),
    CONSTRAINT fk_issue_section_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_issue_section_parent FOREIGN KEY (parent_id) REFERENCES issue_section (id),
    CONSTRAINT ux_issue_section_key UNIQUE (issue_id, section_key)
) ${table_options};

CREATE TABLE issue_section_department (
    section_id      BIGINT      NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    CONSTRAINT pk_issue_section_department PRIMARY KEY (section_id, department_code),
    CONSTRAINT fk_issue_section_department_section FOREIGN KEY (section_id) REFERENCES issue_section (id),
    CONSTRAINT fk_issue_section_department_department FOREIGN KEY (department_code) REFERENCES department (code)
) ${table_options};

CREATE TABLE issue_colophon_line (
    issue_id              BIGINT       NOT NULL,
    position              INT          NOT NULL,
    kind                  VARCHAR(16)  NOT NULL,
    text                  VARCHAR(500) NOT NULL,
    recipient_roles       VARCHAR(200) NOT NULL,
    recipient_departments VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_issue_colophon_line PRIMARY KEY (issue_id, position),
    CONSTRAINT fk_issue_colophon_line_issue FOREIGN KEY (issue_id) REFERENCES issue (id)
) ${table_options};
