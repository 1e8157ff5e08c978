package cn.scgov.bulletin.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scgov.bulletin.calendar.WorkdayCalendar;
import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.issue.DeadlineRules;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.schedule.Cadence;
import cn.scgov.bulletin.schedule.Occurrence;
import cn.scgov.bulletin.schedule.OccurrenceStatus;
import cn.scgov.bulletin.schedule.Schedule;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.stereotype.Component;

/**
 * A schedule's occurrences as they stand: the plan on the workday calendar, with the office's skips
 * and moves, the openings, and the issues opened by hand laid over it.
 */
@Component
public class OccurrenceBook {

    private final ScheduleRepository repository;
    private final WorkdayCalendar calendar;
    private final Issues issues;
    private final DeadlineRules deadlines;
    private final TimeSource time;

    OccurrenceBook(ScheduleRepository repository, WorkdayCalendar calendar, Issues issues, DeadlineRules deadlines,
            TimeSource time) {
        this.repository = repository;
        this.calendar = calendar;
        this.issues = issues;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** The calendar around the occurrences whose anchors start at {@code from}. */
    public Workdays workdays(Schedule schedule, LocalDate from, int count) {
        LocalDate to = schedule.cadence() == Cadence.MONTHLY ? from.plusMonths(count + 1) : from.plusWeeks(count + 1);
        return calendar.around(from.minusWeeks(2), to);
    }

    /** The occurrences whose opening week (month) starts from {@code from}'s. */
    public List<Occurrence> list(Schedule schedule, LocalDate from, int count) {
        Workdays workdays = workdays(schedule, from, count);
        // Begin a few anchors early so a holiday week merged into the first listed period is seen.
        LocalDate start = schedule.cadence() == Cadence.MONTHLY ? from : from.minusWeeks(3);
        List<SchedulePlan.Planned> planned = SchedulePlan.plan(schedule, workdays, start,
                count + (schedule.cadence() == Cadence.MONTHLY ? 0 : 3), deadlines.minimumLeadTime());
        LocalDate firstAnchor = schedule.cadence() == Cadence.MONTHLY ? from.withDayOfMonth(1)
                : from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Map<LocalDate, OccurrenceRow> rows = repository.occurrences(schedule.bulletinId(), from.minusYears(1),
                from.plusYears(2));
        List<Occurrence> result = new ArrayList<>();
        for (SchedulePlan.Planned plan : planned) {
            if (schedule.cadence() == Cadence.WEEKLY && anchorOf(plan, schedule).isBefore(firstAnchor)) {
                continue;
            }
            result.add(overlay(schedule, plan, rows.get(plan.periodStart()), workdays));
        }
        return result.size() > count ? result.subList(0, count) : result;
    }

    /** One occurrence by its period's first day, if the schedule plans it around then. */
    public Optional<Occurrence> find(Schedule schedule, LocalDate periodStart) {
        LocalDate from = schedule.cadence() == Cadence.MONTHLY ? periodStart.minusMonths(1) : periodStart.minusWeeks(2);
        return list(schedule, from, 6).stream().filter(o -> o.periodStart().equals(periodStart)).findFirst();
    }

    /** The next occurrence the schedule will open: planned or moved, not opened, earliest opening first. */
    public Optional<Occurrence> nextDue(Schedule schedule) {
        if (!schedule.active() || schedule.activeFrom() == null) {
            return Optional.empty();
        }
        LocalDate activeDay = LocalDate.ofInstant(schedule.activeFrom(), zone());
        LocalDate recent = time.today().minusWeeks(6);
        LocalDate from = activeDay.isAfter(recent) ? activeDay : recent;
        from = schedule.cadence() == Cadence.MONTHLY ? from.minusMonths(1) : from.minusWeeks(2);
        for (int round = 0; round < 4; round++) {
            int count = schedule.cadence() == Cadence.MONTHLY ? 6 : 16;
            Optional<Occurrence> next = list(schedule, from, count).stream()
                    .filter(o -> o.status() == OccurrenceStatus.PLANNED || o.status() == OccurrenceStatus.MOVED)
                    .filter(o -> !instant(o.opensAt()).isBefore(schedule.activeFrom()) || o.status() == OccurrenceStatus.MOVED)
                    .min(java.util.Comparator.comparing(Occurrence::opensAt));
            if (next.isPresent()) {
                return next;
            }
            from = schedule.cadence() == Cadence.MONTHLY ? from.plusMonths(count) : from.plusWeeks(count);
        }
        return Optional.empty();
    }

    private Occurrence overlay(Schedule schedule, SchedulePlan.Planned plan, OccurrenceRow row, Workdays workdays) {
        LocalDateTime opensAt = plan.opensAt();
        LocalDateTime deadline = plan.deadline();
        LocalDateTime reminder = plan.reminderAt();
        OccurrenceStatus status;
        Long issueId = null;
        String reason = null;
        int version = 0;
        if (row != null) {
            version = row.version();
            reason = row.reason();
            issueId = row.issueId();
            status = switch (row.status()) {
                case OPENED -> OccurrenceStatus.OPENED;
                case SKIPPED -> OccurrenceStatus.SKIPPED;
                case FAILED -> OccurrenceStatus.FAILED;
                case MOVED -> OccurrenceStatus.MOVED;
            };
            if (row.opensAt() != null) {
                opensAt = LocalDateTime.ofInstant(row.opensAt(), zone());
            }
            if (row.deadline() != null) {
                deadline = LocalDateTime.ofInstant(row.deadline(), zone());
                reminder = SchedulePlan.reminder(workdays, deadline, schedule.reminderHours(), schedule.holidayRule());
            }
            if (status == OccurrenceStatus.MOVED && issues.periodTaken(schedule.bulletinId(), plan.periodStart(), plan.periodEnd())) {
                status = OccurrenceStatus.OPENED_BY_HAND;
            }
        } else if (issues.periodTaken(schedule.bulletinId(), plan.periodStart(), plan.periodEnd())) {
            status = OccurrenceStatus.OPENED_BY_HAND;
        } else if (!instant(opensAt).isAfter(time.now()) && (!schedule.active() || schedule.activeFrom() == null
                || instant(opensAt).isBefore(schedule.activeFrom()))) {
            status = OccurrenceStatus.NOT_OPENED;
        } else {
            status = OccurrenceStatus.PLANNED;
        }
        return new Occurrence(schedule.bulletinId(), plan.periodStart(), plan.periodEnd(), opensAt, deadline, reminder,
                status, issueId, reason, plan.notes(), deadlines.beforePeriodEnd(instant(deadline), plan.periodEnd()), version);
    }

    private static LocalDate anchorOf(SchedulePlan.Planned plan, Schedule schedule) {
        LocalDate periodMonday = plan.periodEnd().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return schedule.period() == cn.scgov.bulletin.schedule.PeriodChoice.PREVIOUS ? periodMonday.plusWeeks(1) : periodMonday;
    }

    public Instant instant(LocalDateTime local) {
        return local.atZone(zone()).toInstant();
    }

    public ZoneId zone() {
        return time.zone();
    }
}
