package cn.scgov.bulletin.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.issue.DeadlineRules;
import cn.scgov.bulletin.issue.IssuePlanner;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.schedule.internal.OccurrenceBook;
import cn.scgov.bulletin.schedule.internal.SchedulePlan;
import cn.scgov.bulletin.schedule.internal.ScheduleRepository;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Component;

/**
 * Makes the editor's "open the next issue" follow the bulletin's schedule: the next occurrence not yet
 * opened or skipped, its deadline kept at least the minimum lead time away; reminders follow the
 * schedule's hours and holiday rule.
 */
@Component
class ScheduleIssuePlanner implements IssuePlanner {

    private final ScheduleRepository repository;
    private final OccurrenceBook book;
    private final DeadlineRules deadlines;
    private final TimeSource time;

    ScheduleIssuePlanner(ScheduleRepository repository, OccurrenceBook book, DeadlineRules deadlines, TimeSource time) {
        this.repository = repository;
        this.book = book;
        this.deadlines = deadlines;
        this.time = time;
    }

    @Override
    public Optional<PlannedIssue> next(long bulletinId, LocalDate lastPeriodEnd) {
        return repository.find(bulletinId).flatMap(schedule -> {
            LocalDate today = time.today();
            LocalDate from = lastPeriodEnd != null ? lastPeriodEnd : today.minusWeeks(3);
            List<Occurrence> coming = book.list(schedule, schedule.cadence() == Cadence.MONTHLY ? from.minusMonths(1) : from, 10)
                    .stream().filter(o -> lastPeriodEnd == null || o.periodStart().isAfter(lastPeriodEnd))
                    .filter(o -> o.status() != OccurrenceStatus.SKIPPED && o.status() != OccurrenceStatus.OPENED
                            && o.status() != OccurrenceStatus.OPENED_BY_HAND)
                    .toList();
            if (coming.isEmpty()) {
                return Optional.empty();
            }
            // A first issue: the occurrence due most recently, else the first coming one.
            Occurrence chosen = lastPeriodEnd != null ? coming.get(0) : coming.stream()
                    .filter(o -> !o.opensAt().toLocalDate().isAfter(today)).reduce((a, b) -> b).orElse(coming.get(0));
            Instant earliest = deadlines.earliestFrom(time.now().plus(IssueService.PROPOSAL_SLACK));
            LocalDateTime deadline = chosen.deadline();
            if (book.instant(deadline).isBefore(earliest)) {
                Workdays workdays = book.workdays(schedule, today, 4);
                deadline = DeadlineRules.firstWorkdayAt(workdays, today, schedule.deadlineTime(), earliest, book.zone());
            }
            return Optional.of(new PlannedIssue(chosen.periodStart(), chosen.periodEnd(), deadline));
        });
    }

    @Override
    public Optional<Instant> reminderAt(long bulletinId, Instant deadline) {
        return repository.find(bulletinId).map(schedule -> {
            LocalDateTime local = LocalDateTime.ofInstant(deadline, book.zone());
            Workdays workdays = book.workdays(schedule, local.toLocalDate().minusWeeks(1), 2);
            return book.instant(SchedulePlan.reminder(workdays, local, schedule.reminderHours(), schedule.holidayRule()));
        });
    }
}
