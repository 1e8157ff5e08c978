package cn.scgov.bulletin.issue;

import java.time.Instant;
import java.time.LocalDate;

/** An issue as the API shows it. */
public record IssueView(long id, long bulletinId, String title, String issueLine, boolean issueLineProposed,
        IssueStatus status, String statusLabel, LocalDate periodStart, LocalDate periodEnd, String periodLine,
        Instant deadline, LocalDate issueDate, int printCopies, boolean collectionClosed, String cancelReason,
        String openedBy, Instant openedAt, Instant signedOffAt, int version) {
}
