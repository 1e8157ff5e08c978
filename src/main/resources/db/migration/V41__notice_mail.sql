-- Notices reach people by e-mail too: templates, each user's choice, the mail outbox, digests.

-- The task a notice is about (marked done when the task is done) and how it goes by e-mail:
-- mail_state NULL = in the application only, QUEUED = an outbox row was written with it,
-- DIGEST = waiting for the user's daily digest, DIGESTED = in the digest digest_id.
ALTER TABLE notice ADD COLUMN task_id VARCHAR(64);
ALTER TABLE notice ADD COLUMN done_at ${datetime};
ALTER TABLE notice ADD COLUMN mail_state VARCHAR(12);
ALTER TABLE notice ADD COLUMN digest_id BIGINT;
CREATE INDEX ix_notice_task ON notice (task_id);
CREATE INDEX ix_notice_mail_state ON notice (mail_state, recipient);

-- Templates the system administrator changed; kinds without a row use the built-in text.
CREATE TABLE notice_template (
    kind       VARCHAR(20)   NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    updated_by VARCHAR(64)   NOT NULL,
    updated_at ${datetime}   NOT NULL,
    version    INT           DEFAULT 0 NOT NULL,
    CONSTRAINT pk_notice_template PRIMARY KEY (kind)
) ${table_options};

-- Each user's choice: APP (in the application only), EMAIL (e-mail too), DIGEST (a daily e-mail).
-- Users without a row have EMAIL.
CREATE TABLE notice_preference (
    username   VARCHAR(64) NOT NULL,
    mode       VARCHAR(12) NOT NULL,
    updated_at ${datetime} NOT NULL,
    version    INT         DEFAULT 0 NOT NULL,
    CONSTRAINT pk_notice_preference PRIMARY KEY (username)
) ${table_options};

-- One daily digest per user and day: the unique key is what makes it exactly once across nodes.
CREATE TABLE notice_digest (
    id          BIGINT AUTO_INCREMENT NOT NULL,
    username    VARCHAR(64) NOT NULL,
    digest_date DATE        NOT NULL,
    created_at  ${datetime} NOT NULL,
    CONSTRAINT pk_notice_digest PRIMARY KEY (id),
    CONSTRAINT ux_notice_digest UNIQUE (username, digest_date)
) ${table_options};

-- Departments found overdue, gathered into one digest per issue for the editors.
CREATE TABLE notice_overdue (
    issue_id        BIGINT      NOT NULL,
    department_code VARCHAR(32) NOT NULL,
    flagged_at      ${datetime} NOT NULL,
    digested_at     ${datetime},
    CONSTRAINT pk_notice_overdue PRIMARY KEY (issue_id, department_code)
) ${table_options};

-- E-mails to send, written in the transaction of their notice. A node claims a due row by a
-- conditional update (claim_token, lease_until); a lease that runs out (the node died) frees it.
-- status PENDING (to send, maybe after failed attempts), SENT, FAILED (attempts exhausted; retry by hand).
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    notice_id       BIGINT,
    digest_id       BIGINT,
    recipient       VARCHAR(64)   NOT NULL,
    address         VARCHAR(254)  NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    subject         VARCHAR(1000) NOT NULL,
    body            LONGTEXT      NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           DEFAULT 0 NOT NULL,
    next_attempt_at ${datetime}   NOT NULL,
    last_error      VARCHAR(1000),
    claim_token     VARCHAR(64),
    lease_until     ${datetime},
    created_at      ${datetime}   NOT NULL,
    sent_at         ${datetime},
    CONSTRAINT pk_mail_outbox PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
