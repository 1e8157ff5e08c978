package cn.scgov.bulletin.issue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.calendar.Workdays;

/**
 * The period proposed for the next issue of a bulletin without a schedule: the working week or the
 * month after the last issue's period, or, for a bulletin's first issue, the last working week
 * completed before today. A working week runs from its first to its last workday on China's
 * calendar (a make-up Saturday belongs to it, a holiday Monday does not); a week without any workday
 * (the Spring Festival week) has no issue of its own.
 */
record NextPeriod(LocalDate start, LocalDate end) {

    private static final int WEEKS_SEARCHED = 8;

    static NextPeriod after(Frequency frequency, LocalDate lastPeriodEnd, LocalDate today) {
        return after(frequency, lastPeriodEnd, today, new Workdays(Map.of(), Set.of()));
    }

    static NextPeriod after(Frequency frequency, LocalDate lastPeriodEnd, LocalDate today, Workdays workdays) {
        if (frequency == Frequency.MONTHLY) {
            LocalDate start = lastPeriodEnd == null
                    ? today.minusMonths(1).withDayOfMonth(1)
                    : lastPeriodEnd.plusDays(1).withDayOfMonth(1).plusMonths(lastPeriodEnd.getDayOfMonth() == lastPeriodEnd.lengthOfMonth() ? 0 : 1);
            return new NextPeriod(start, start.with(TemporalAdjusters.lastDayOfMonth()));
        }
        if (lastPeriodEnd == null) {
            LocalDate monday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)).minusDays(4);
            for (int week = 0; week < WEEKS_SEARCHED; week++, monday = monday.minusWeeks(1)) {
                List<LocalDate> days = workdays.between(monday, monday.plusDays(6));
                if (!days.isEmpty() && days.get(days.size() - 1).isBefore(today)) {
                    return new NextPeriod(days.get(0), days.get(days.size() - 1));
                }
            }
            return new NextPeriod(monday, monday.plusDays(4));
        }
        LocalDate monday = lastPeriodEnd.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int week = 0; week < WEEKS_SEARCHED; week++, monday = monday.plusWeeks(1)) {
            List<LocalDate> days = workdays.between(monday, monday.plusDays(6));
            if (!days.isEmpty()) {
                return new NextPeriod(days.get(0), days.get(days.size() - 1));
            }
        }
        return new NextPeriod(monday, monday.plusDays(4));
    }
}
