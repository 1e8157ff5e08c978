package cn.scgov.bulletin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workday calendar as read at one moment: the named days of the years in the system, and the
 * weekend rule for every other day. Immutable, so planning code can ask many questions without
 * going back to the database.
 */
public final class Workdays {

    private static final int SEARCH_LIMIT_DAYS = 60;

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> knownYears;

    public Workdays(Map<LocalDate, CalendarDay> days, Set<Integer> knownYears) {
        this.days = Map.copyOf(days);
        this.knownYears = Set.copyOf(knownYears);
    }

    public boolean isWorkday(LocalDate date) {
        CalendarDay day = days.get(date);
        if (day != null) {
            return day.kind() == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The holiday or make-up day named for this date, if the notice names it. */
    public Optional<CalendarDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Whether the State Council's arrangement of this year is in the system (else only weekends count). */
    public boolean knows(int year) {
        return knownYears.contains(year);
    }

    /** The date itself if it is a workday, else the nearest workday before or after it, by the rule. */
    public LocalDate shift(LocalDate date, ShiftRule rule) {
        return rule == ShiftRule.PREVIOUS_WORKDAY ? onOrBefore(date) : onOrAfter(date);
    }

    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_LIMIT_DAYS && !isWorkday(day); i++) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_LIMIT_DAYS && !isWorkday(day); i++) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The workdays from {@code from} to {@code to}, both included. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                result.add(day);
            }
        }
        return result;
    }

    /** The n-th workday of the month (1 = first); the month's last workday when it has fewer. */
    public LocalDate nthWorkday(YearMonth month, int n) {
        List<LocalDate> workdays = between(month.atDay(1), month.atEndOfMonth());
        if (workdays.isEmpty()) {
            return onOrAfter(month.atDay(1));
        }
        return workdays.get(Math.min(n, workdays.size()) - 1);
    }
}
