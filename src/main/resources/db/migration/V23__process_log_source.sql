-- Every line says where the request came from (the client's address; behind a proxy the forwarded one,
-- trusted only from the configured proxies) and how the step ended.
ALTER TABLE process_log ADD COLUMN source_address VARCHAR(64);
ALTER TABLE process_log ADD COLUMN outcome VARCHAR(10) DEFAULT 'SUCCESS' NOT NULL;
UPDATE process_log SET outcome = 'REFUSED' WHERE action = 'ACCESS_DENIED';
UPDATE process_log SET outcome = 'FAILURE' WHERE action = 'LOGIN_FAILED';
