-- Bulletins: a recurring publication. Its outline, sign-off chain and colophon are one JSON
-- document (definition) that administrators edit as a whole; issues copy it when they open.
CREATE TABLE bulletin (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    title      VARCHAR(100) NOT NULL,
    definition LONGTEXT     NOT NULL,
    active     BOOLEAN      DEFAULT TRUE NOT NULL,
    updated_at ${datetime}  NOT NULL,
    updated_by VARCHAR(64)  NOT NULL,
    version    INT          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_bulletin PRIMARY KEY (id),
    CONSTRAINT ux_bulletin_code UNIQUE (code)
) ${table_options};

-- Year-to-date figures carried over from before the system (or corrected) for one bulletin-year.
CREATE TABLE statistic_opening (
    bulletin_id BIGINT      NOT NULL,
    year_number INT         NOT NULL,
    section_key VARCHAR(64) NOT NULL,
    metric_key  VARCHAR(64) NOT NULL,
    opening_value BIGINT    NOT NULL,
    CONSTRAINT pk_statistic_opening PRIMARY KEY (bulletin_id, year_number, section_key, metric_key),
    CONSTRAINT fk_statistic_opening_bulletin FOREIGN KEY (bulletin_id) REFERENCES bulletin (id)
) ${table_options};
