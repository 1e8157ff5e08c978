package cn.scgov.bulletin.schedule.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.schedule.Cadence;
import cn.scgov.bulletin.schedule.HolidayWeekRule;
import cn.scgov.bulletin.schedule.PeriodChoice;
import cn.scgov.bulletin.schedule.Schedule;

/**
 * The occurrences a schedule plans on the workday calendar, before any adjustment by the office:
 * pure computation, so the rules can be read (and tested) in one place.
 * <ul>
 * <li>A weekly period runs from the first to the last workday of its week (Monday–Sunday); a week
 * without a workday is skipped, or merged into the next period, by the schedule's holiday-week rule.</li>
 * <li>An opening, deadline or reminder on a day off moves by the schedule's holiday rule; a reminder
 * never moves past its deadline (it goes to the workday before instead).</li>
 * <li>A deadline never leaves less than the minimum lead time after the opening: if it would, it goes
 * to the first workday, at the deadline's time, that leaves enough.</li>
 * </ul>
 */
public final class SchedulePlan {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    private SchedulePlan() {
    }

    public record Planned(LocalDate periodStart, LocalDate periodEnd, LocalDateTime opensAt, LocalDateTime deadline,
            LocalDateTime reminderAt, List<String> notes) {
    }

    /** The occurrences whose opening anchor (week or month) starts from {@code from}'s, {@code count} of them at most. */
    public static List<Planned> plan(Schedule schedule, Workdays workdays, LocalDate from, int count, Duration minimumLeadTime) {
        return schedule.cadence() == Cadence.MONTHLY ? monthly(schedule, workdays, from, count, minimumLeadTime)
                : weekly(schedule, workdays, from, count, minimumLeadTime);
    }

    private static List<Planned> weekly(Schedule s, Workdays workdays, LocalDate from, int count, Duration lead) {
        List<Planned> result = new ArrayList<>();
        LocalDate anchor = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate mergedFrom = null;
        List<String> mergeNotes = new ArrayList<>();
        for (int week = 0; result.size() < count && week < count * 2 + 10; week++, anchor = anchor.plusWeeks(1)) {
            LocalDate periodMonday = s.period() == PeriodChoice.PREVIOUS ? anchor.minusWeeks(1) : anchor;
            List<LocalDate> days = workdays.between(periodMonday, periodMonday.plusDays(6));
            if (days.isEmpty()) {
                if (s.holidayWeekRule() == HolidayWeekRule.MERGE && mergedFrom == null) {
                    mergedFrom = periodMonday;
                }
                mergeNotes.add(DAY.format(periodMonday) + "—" + DAY.format(periodMonday.plusDays(6)) + " 全周放假，"
                        + (s.holidayWeekRule() == HolidayWeekRule.MERGE ? "并入本期" : "不出期"));
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (s.holidayWeekRule() == HolidayWeekRule.MERGE) {
                notes.addAll(mergeNotes);
            }
            LocalDate periodStart = mergedFrom != null ? mergedFrom : days.get(0);
            mergedFrom = null;
            mergeNotes.clear();
            LocalDate openDay = anchor.plusDays(s.openDay() - 1L);
            LocalDateTime opensAt = moved(workdays, openDay, s.holidayRule(), "开设", notes).atTime(s.openTime());
            int daysToDeadline = s.deadlineDay() - s.openDay();
            if (daysToDeadline < 0 || daysToDeadline == 0 && !s.deadlineTime().isAfter(s.openTime())) {
                daysToDeadline += 7;
            }
            LocalDate deadlineDay = moved(workdays, openDay.plusDays(daysToDeadline), s.holidayRule(), "截止", notes);
            result.add(finish(s, workdays, periodStart, days.get(days.size() - 1), opensAt, deadlineDay, lead, notes));
        }
        return result;
    }

    private static List<Planned> monthly(Schedule s, Workdays workdays, LocalDate from, int count, Duration lead) {
        List<Planned> result = new ArrayList<>();
        YearMonth anchor = YearMonth.from(from);
        for (int month = 0; month < count; month++, anchor = anchor.plusMonths(1)) {
            YearMonth period = s.period() == PeriodChoice.PREVIOUS ? anchor.minusMonths(1) : anchor;
            List<String> notes = new ArrayList<>();
            LocalDateTime opensAt = workdays.nthWorkday(anchor, s.openDay()).atTime(s.openTime());
            LocalDate deadlineDay = workdays.nthWorkday(anchor, s.deadlineDay());
            result.add(finish(s, workdays, period.atDay(1), period.atEndOfMonth(), opensAt, deadlineDay, lead, notes));
        }
        return result;
    }

    private static Planned finish(Schedule s, Workdays workdays, LocalDate periodStart, LocalDate periodEnd,
            LocalDateTime opensAt, LocalDate deadlineDay, Duration lead, List<String> notes) {
        LocalDateTime deadline = deadlineDay.atTime(s.deadlineTime());
        LocalDateTime earliest = opensAt.plus(lead);
        if (deadline.isBefore(earliest)) {
            LocalDate day = workdays.onOrAfter(deadlineDay);
            while (day.atTime(s.deadlineTime()).isBefore(earliest)) {
                day = workdays.onOrAfter(day.plusDays(1));
            }
            notes.add("截止顺延至 " + DAY.format(day) + "，保证最短报送时间");
            deadline = day.atTime(s.deadlineTime());
        }
        return new Planned(periodStart, periodEnd, opensAt, deadline, reminder(workdays, deadline, s.reminderHours(),
                s.holidayRule()), List.copyOf(notes));
    }

    /** The reminder: hours before the deadline, on a workday by the rule but never at or after the deadline. */
    public static LocalDateTime reminder(Workdays workdays, LocalDateTime deadline, int hours, ShiftRule rule) {
        LocalDateTime at = deadline.minusHours(hours);
        LocalDateTime shifted = workdays.shift(at.toLocalDate(), rule).atTime(at.toLocalTime());
        if (!shifted.isBefore(deadline)) {
            shifted = workdays.onOrBefore(at.toLocalDate()).atTime(at.toLocalTime());
        }
        return shifted;
    }

    private static LocalDate moved(Workdays workdays, LocalDate day, ShiftRule rule, String what, List<String> notes) {
        LocalDate shifted = workdays.shift(day, rule);
        if (!shifted.equals(day)) {
            String name = workdays.day(day).map(d -> d.name()).orElse(day.getDayOfWeek().getValue() >= 6 ? "周末" : "休息日");
            notes.add(what + "日 " + DAY.format(day) + " 为" + name + "，" + (rule == ShiftRule.NEXT_WORKDAY ? "顺延" : "提前")
                    + "至 " + DAY.format(shifted));
        }
        return shifted;
    }
}
