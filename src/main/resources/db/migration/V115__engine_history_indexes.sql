-- The inbox's "done" tab and its count ask the engine for the finished tasks of one assignee, newest first
-- (ten years of an editor's tasks: about 30,000 of some 84,000 rows). Flowable indexes ACT_HI_TASKINST by process
-- instance and scope only. Engine tables exist before this runs: the application's migrations run after the engine
-- has made or checked its schema (shared.DatabaseConfiguration), in both engine-schema modes.
CREATE INDEX ix_hi_task_assignee_end ON ACT_HI_TASKINST (ASSIGNEE_, END_TIME_);
