package cn.scgov.bulletin.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.bulletin.Period;

/**
 * One issue of a bulletin. The masthead texts, heading styles, print run and whether the period line
 * prints were copied from the bulletin when the issue opened (the editor may change the last two).
 * Numbers are null until sign-off. {@code issueDate} (成文日期) is null until someone sets it or the
 * issue is signed off, when it becomes the sign-off date unless set; {@code printCopies} 0 prints no
 * print-run line.
 */
public record Issue(long id, long bulletinId, IssueStatus status, String title, String issuer, String subtitle,
        String issueLineFormat, List<String> headingStyles, LocalDate periodStart, LocalDate periodEnd,
        Instant deadline, Integer numberingYear, Integer yearlyNumber, Integer cumulativeNumber, LocalDate issueDate,
        int printCopies, boolean collectionClosed, String processInstanceId, String cancelReason, String openedBy,
        Instant openedAt, Instant signedOffAt, int version, boolean periodLine) {

    public boolean numbered() {
        return yearlyNumber != null;
    }

    /** The year the issue belongs to and is numbered in (see {@link Period}). */
    public int year() {
        return Period.yearOf(periodStart, periodEnd);
    }

    public Period period() {
        return new Period(periodStart, periodEnd);
    }
}
