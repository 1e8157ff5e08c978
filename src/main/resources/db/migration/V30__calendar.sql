-- China's workday calendar: the public holidays and make-up working days (调休上班) of each year,
-- as the State Council publishes them. A day not listed is a workday from Monday to Friday and a
-- rest day on Saturday and Sunday.
CREATE TABLE calendar_year (
    calendar_year INT          NOT NULL,
    source        VARCHAR(300) NOT NULL,
    updated_by    VARCHAR(64)  NOT NULL,
    updated_at    ${datetime}  NOT NULL,
    CONSTRAINT pk_calendar_year PRIMARY KEY (calendar_year)
) ${table_options};

CREATE TABLE calendar_day (
    calendar_date DATE         NOT NULL,
    calendar_year INT          NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    name          VARCHAR(50)  NOT NULL,
    CONSTRAINT pk_calendar_day PRIMARY KEY (calendar_date),
    CONSTRAINT fk_calendar_day_year FOREIGN KEY (calendar_year) REFERENCES calendar_year (calendar_year)
) ${table_options};
