-- Account life cycle (三员分立), password rules and sessions that end when they must.
-- security_stamp changes whenever the account's sessions must end (lock, disable, password set);
-- a session remembers the stamp it was opened with.
ALTER TABLE app_user ADD COLUMN password_changed_at ${datetime};
ALTER TABLE app_user ADD COLUMN security_stamp INT DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_by VARCHAR(64);
-- A one-time password issued by two administrators: its first part's hash is password_hash, its
-- second part's hash is here; valid until one_time_expires_at and for one login only.
ALTER TABLE app_user ADD COLUMN one_time_second_hash VARCHAR(100);
ALTER TABLE app_user ADD COLUMN one_time_expires_at ${datetime};
ALTER TABLE app_user ADD COLUMN one_time_used_at ${datetime};
UPDATE app_user SET password_changed_at = created_at;

-- The last passwords of each account (hashes), so none of them is chosen again.
CREATE TABLE password_history (
    id            BIGINT AUTO_INCREMENT NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    changed_at    ${datetime}  NOT NULL,
    CONSTRAINT pk_password_history PRIMARY KEY (id),
    CONSTRAINT fk_password_history_user FOREIGN KEY (username) REFERENCES app_user (username)
) ${table_options};
CREATE INDEX ix_password_history_user ON password_history (username, changed_at);

-- A credential (first password of a new account, or a reset) requested by the system administrator and
-- confirmed by the security administrator; each holds one part of the one-time password.
CREATE TABLE credential_request (
    id             BIGINT AUTO_INCREMENT NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    first_hash     VARCHAR(100) NOT NULL,
    requested_by   VARCHAR(64)  NOT NULL,
    requested_at   ${datetime}  NOT NULL,
    decided_by     VARCHAR(64),
    decided_at     ${datetime},
    CONSTRAINT pk_credential_request PRIMARY KEY (id),
    CONSTRAINT fk_credential_request_user FOREIGN KEY (username) REFERENCES app_user (username)
) ${table_options};
CREATE INDEX ix_credential_request_user ON credential_request (username, status);
