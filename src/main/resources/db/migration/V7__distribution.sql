-- One recipient's copy of a distributed issue and its acknowledgement.
CREATE TABLE delivery (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    issue_id        BIGINT      NOT NULL,
    recipient       VARCHAR(64) NOT NULL,
    colophon_kind   VARCHAR(16) NOT NULL,
    delivered_at    ${datetime} NOT NULL,
    acknowledged_at ${datetime},
    CONSTRAINT pk_delivery PRIMARY KEY (id),
    CONSTRAINT fk_delivery_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT ux_delivery_issue_recipient UNIQUE (issue_id, recipient)
) ${table_options};
CREATE INDEX ix_delivery_recipient ON delivery (recipient, delivered_at);
