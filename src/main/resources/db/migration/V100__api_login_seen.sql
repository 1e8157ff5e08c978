-- When an HTTP Basic login of an account from a client address was last written to the process log, shared by
-- every node: an API client that sends no cookie authenticates on every request, and is logged once per window
-- (bulletin.security.api-login-log-window), not once per request (issue 12). Failed logins are logged every time.
CREATE TABLE api_login_seen (
    username       VARCHAR(64) NOT NULL,
    client_address VARCHAR(64) NOT NULL,
    logged_at      ${datetime} NOT NULL,
    CONSTRAINT pk_api_login_seen PRIMARY KEY (username, client_address)
) ${table_options};
