-- Discussion threads (讨论): one per contribution (contribution_id set) and one per issue in sign-off
-- (contribution_id NULL). A comment is part of the official record: never edited, never deleted.
-- mentions: the usernames the comment named with @, comma-separated, each told by a notice.
CREATE TABLE discussion_comment (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    issue_id        BIGINT        NOT NULL,
    contribution_id BIGINT,
    author          VARCHAR(64)   NOT NULL,
    posted_at       ${datetime}   NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    mentions        VARCHAR(1000),
    CONSTRAINT pk_discussion_comment PRIMARY KEY (id),
    CONSTRAINT fk_discussion_comment_issue FOREIGN KEY (issue_id) REFERENCES issue (id),
    CONSTRAINT fk_discussion_comment_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id)
) ${table_options};
CREATE INDEX ix_discussion_comment_thread ON discussion_comment (issue_id, contribution_id, id);
