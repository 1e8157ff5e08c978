package cn.scgov.bulletin.issue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import cn.scgov.bulletin.bulletin.Frequency;

/**
 * The period proposed for the next issue: the working week (Monday–Friday) or the month after the
 * last issue's period, or, for a bulletin's first issue, the last working week completed before today.
 */
record NextPeriod(LocalDate start, LocalDate end) {

    static NextPeriod after(Frequency frequency, LocalDate lastPeriodEnd, LocalDate today) {
        if (frequency == Frequency.MONTHLY) {
            LocalDate start = lastPeriodEnd == null
                    ? today.minusMonths(1).withDayOfMonth(1)
                    : lastPeriodEnd.plusDays(1).withDayOfMonth(1).plusMonths(lastPeriodEnd.getDayOfMonth() == lastPeriodEnd.lengthOfMonth() ? 0 : 1);
            return new NextPeriod(start, start.with(TemporalAdjusters.lastDayOfMonth()));
        }
        LocalDate monday = lastPeriodEnd == null
                ? today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY)).minusDays(4)
                : lastPeriodEnd.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return new NextPeriod(monday, monday.plusDays(4));
    }
}
