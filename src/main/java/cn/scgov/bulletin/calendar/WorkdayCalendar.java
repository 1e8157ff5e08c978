package cn.scgov.bulletin.calendar;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.calendar.internal.CalendarRepository;

import org.springframework.stereotype.Service;

/**
 * Whether a day is a workday in China and where a date moves to. Reads the database every time (one
 * short query): the calendar changes rarely but must be the same on every node at once.
 */
@Service
public class WorkdayCalendar {

    /** Enough around a range that shifting any date in it finds a workday (the longest break is 9 days). */
    private static final int MARGIN_DAYS = 45;

    private final CalendarRepository repository;

    WorkdayCalendar(CalendarRepository repository) {
        this.repository = repository;
    }

    /** The calendar for planning around {@code from}–{@code to}. */
    public Workdays around(LocalDate from, LocalDate to) {
        return new Workdays(repository.days(from.minusDays(MARGIN_DAYS), to.plusDays(MARGIN_DAYS)),
                repository.knownYears());
    }

    public boolean isWorkday(LocalDate date) {
        return around(date, date).isWorkday(date);
    }

    public List<CalendarYear> years() {
        return repository.years();
    }

    public List<CalendarDay> days(int year) {
        return repository.days(year);
    }
}
