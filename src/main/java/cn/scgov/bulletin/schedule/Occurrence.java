package cn.scgov.bulletin.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One issue a schedule plans: the period, when it opens, its deadline and reminder (after holiday
 * rules and any move by an editor), where it stands, and notes that explain holiday shifts.
 */
public record Occurrence(long bulletinId, LocalDate periodStart, LocalDate periodEnd, LocalDateTime opensAt,
        LocalDateTime deadline, LocalDateTime reminderAt, OccurrenceStatus status, Long issueId, String reason,
        List<String> notes, boolean deadlineBeforePeriodEnd, int version) {
}
