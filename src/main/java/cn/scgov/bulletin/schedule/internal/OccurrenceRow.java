package cn.scgov.bulletin.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;

/** What is recorded about one occurrence: the office's adjustment, or its opening. */
public record OccurrenceRow(Long id, long bulletinId, LocalDate periodStart, LocalDate periodEnd, Status status,
        Instant opensAt, Instant deadline, Long issueId, String reason, int version) {

    public enum Status {
        MOVED, SKIPPED, OPENED, FAILED
    }

    public OccurrenceRow with(Status status, Long issueId, String reason) {
        return new OccurrenceRow(id, bulletinId, periodStart, periodEnd, status, opensAt, deadline, issueId, reason, version);
    }
}
