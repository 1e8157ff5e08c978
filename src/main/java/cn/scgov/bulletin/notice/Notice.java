package cn.scgov.bulletin.notice;

import java.time.Instant;

/** A message to one user. */
public record Notice(long id, String kind, String message, String link, Long issueId, Instant createdAt, Instant readAt) {
}
