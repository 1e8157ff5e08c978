-- Bulletin schedules (the rhythm of automatic opening, with the bulletin's holiday rules) and the
-- occurrences the office adjusted or the schedule opened. One row per occurrence and bulletin: an
-- occurrence can never be opened twice.
CREATE TABLE bulletin_schedule (
    bulletin_id       BIGINT      NOT NULL,
    active            BOOLEAN     NOT NULL,
    cadence           VARCHAR(16) NOT NULL,
    period_choice     VARCHAR(16) NOT NULL,
    open_day          INT         NOT NULL,
    open_time         VARCHAR(5)  NOT NULL,
    deadline_day      INT         NOT NULL,
    deadline_time     VARCHAR(5)  NOT NULL,
    reminder_hours    INT         NOT NULL,
    holiday_rule      VARCHAR(20) NOT NULL,
    holiday_week_rule VARCHAR(16) NOT NULL,
    confirmed_early_deadline BOOLEAN NOT NULL,
    active_from       ${datetime},
    version           INT         DEFAULT 0 NOT NULL,
    updated_by        VARCHAR(64) NOT NULL,
    updated_at        ${datetime} NOT NULL,
    CONSTRAINT pk_bulletin_schedule PRIMARY KEY (bulletin_id),
    CONSTRAINT fk_bulletin_schedule_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
) ${table_options};

CREATE TABLE schedule_occurrence (
    id           BIGINT AUTO_INCREMENT NOT NULL,
    bulletin_id  BIGINT       NOT NULL,
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    opens_at     ${datetime},
    deadline     ${datetime},
    issue_id     BIGINT,
    reason       VARCHAR(500),
    version      INT          DEFAULT 0 NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    updated_at   ${datetime}  NOT NULL,
    CONSTRAINT pk_schedule_occurrence PRIMARY KEY (id),
    CONSTRAINT fk_schedule_occurrence_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id),
    CONSTRAINT ux_schedule_occurrence_period UNIQUE (bulletin_id, period_start),
    CONSTRAINT ux_schedule_occurrence_issue UNIQUE (issue_id)
) ${table_options};
