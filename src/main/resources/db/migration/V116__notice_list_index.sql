-- A user's notices are listed newest first, read or not (ten years: about 6,500 for an editor); the index by
-- (recipient, read_at, created_at) made the list sort all of them for every page.
CREATE INDEX ix_notice_recipient_created ON notice (recipient, created_at);
