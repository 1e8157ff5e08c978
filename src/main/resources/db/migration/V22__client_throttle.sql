-- Throttling per client address, shared by every node: failed logins, and API requests per minute.
CREATE TABLE login_throttle (
    client_address VARCHAR(64) NOT NULL,
    window_start   ${datetime} NOT NULL,
    failures       INT         NOT NULL,
    blocked_until  ${datetime},
    CONSTRAINT pk_login_throttle PRIMARY KEY (client_address)
) ${table_options};

CREATE TABLE api_throttle (
    client_address VARCHAR(64) NOT NULL,
    window_minute  BIGINT      NOT NULL,
    requests       INT         NOT NULL,
    CONSTRAINT pk_api_throttle PRIMARY KEY (client_address, window_minute)
) ${table_options};
