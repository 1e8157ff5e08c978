package cn.scgov.bulletin.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One issue of a bulletin. The masthead texts, heading styles and print run were copied from the
 * bulletin when the issue opened. Numbers are null until sign-off.
 */
public record Issue(long id, long bulletinId, IssueStatus status, String title, String issuer, String subtitle,
        String issueLineFormat, List<String> headingStyles, LocalDate periodStart, LocalDate periodEnd,
        Instant deadline, Integer numberingYear, Integer yearlyNumber, Integer cumulativeNumber, LocalDate issueDate,
        int printCopies, boolean collectionClosed, String processInstanceId, String cancelReason, String openedBy,
        Instant openedAt, Instant signedOffAt, int version) {

    public boolean numbered() {
        return yearlyNumber != null;
    }
}
