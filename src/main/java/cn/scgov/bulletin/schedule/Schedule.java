package cn.scgov.bulletin.schedule;

import java.time.Instant;
import java.time.LocalTime;

import cn.scgov.bulletin.calendar.ShiftRule;

/**
 * A bulletin's schedule. For a weekly, {@code openDay} and {@code deadlineDay} are weekdays (1 =
 * Monday); the deadline is the first such weekday after the opening. For a monthly they are the
 * n-th workday of the month the issue opens in. Dates that fall on a day off move by
 * {@code holidayRule}; {@code activeFrom} is when automatic opening was last switched on (occurrences
 * due before it are not opened automatically).
 */
public record Schedule(long bulletinId, boolean active, Cadence cadence, PeriodChoice period, int openDay,
        LocalTime openTime, int deadlineDay, LocalTime deadlineTime, int reminderHours, ShiftRule holidayRule,
        HolidayWeekRule holidayWeekRule, boolean deadlineBeforePeriodEndConfirmed, Instant activeFrom, int version,
        String updatedBy, Instant updatedAt) {
}
