-- Where an account's notices are e-mailed (optional; set by the system administrator).
ALTER TABLE app_user ADD COLUMN email VARCHAR(254);
