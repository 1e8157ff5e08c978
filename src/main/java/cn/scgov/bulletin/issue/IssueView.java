package cn.scgov.bulletin.issue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issue as the API shows it. {@code year} is the year it belongs to and is numbered in (by its
 * period); {@code periodLinePrinted} whether the masthead prints {@code periodLine}; {@code issueDate}
 * the date set (before sign-off; null means the sign-off day) or printed; {@code printCopies} 0
 * prints no print-run line.
 */
public record IssueView(long id, long bulletinId, String title, String issueLine, boolean issueLineProposed,
        IssueStatus status, String statusLabel, int year, LocalDate periodStart, LocalDate periodEnd, String periodLine,
        boolean periodLinePrinted, Instant deadline, LocalDate issueDate, int printCopies, boolean collectionClosed,
        String cancelReason, String openedBy, Instant openedAt, Instant signedOffAt, int version) {
}
