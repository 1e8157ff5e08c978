package cn.scgov.bulletin.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How a bulletin's issues are planned, provided by the module that keeps bulletin schedules: the
 * proposal for the next issue follows the bulletin's schedule, and reminders follow its holiday rule.
 * Without a schedule the issue module proposes on its own (see {@link NextPeriod}).
 */
public interface IssuePlanner {

    /** The next issue as the bulletin's schedule plans it, after the period that ended {@code lastPeriodEnd}. */
    Optional<PlannedIssue> next(long bulletinId, LocalDate lastPeriodEnd);

    /** When departments are reminded of this deadline, if the bulletin's schedule says. */
    Optional<Instant> reminderAt(long bulletinId, Instant deadline);

    record PlannedIssue(LocalDate periodStart, LocalDate periodEnd, LocalDateTime deadline) {
    }
}
