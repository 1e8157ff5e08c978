package cn.scgov.bulletin.archive;

import java.time.LocalDate;

/**
 * One compiled item of a distributed issue that matched: its issue (bulletin, 年第N期, issue date, period),
 * section, department and a snippet as safe HTML (escaped, the matches in {@code <mark>}).
 */
public record ArchiveHit(long itemId, long issueId, long bulletinId, String bulletinTitle, String issueLine,
        LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd, String sectionTitle, String departmentCode,
        String departmentName, String snippet) {
}
