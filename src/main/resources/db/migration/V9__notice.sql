-- In-app notices (reminders, urges, returns, deliveries) shown with an unread count.
CREATE TABLE notice (
    id         BIGINT AUTO_INCREMENT NOT NULL,
    recipient  VARCHAR(64)  NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    message    VARCHAR(1000) NOT NULL,
    link       VARCHAR(300),
    issue_id   BIGINT,
    created_at ${datetime}  NOT NULL,
    read_at    ${datetime},
    CONSTRAINT pk_notice PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_notice_recipient ON notice (recipient, read_at, created_at);
