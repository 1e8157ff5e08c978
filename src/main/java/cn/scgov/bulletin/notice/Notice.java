package cn.scgov.bulletin.notice;

import java.time.Instant;

/**
 * A message to one user. {@code taskId} names the task it is about, if any; {@code doneAt} is when
 * that task was done (by anyone), which also counts the notice as read.
 */
public record Notice(long id, String kind, String message, String link, Long issueId, Instant createdAt, Instant readAt,
        String taskId, Instant doneAt) {
}
