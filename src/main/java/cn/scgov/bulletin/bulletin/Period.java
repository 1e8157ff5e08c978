package cn.scgov.bulletin.bulletin;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days an issue covers. Which year (and month) an issue belongs to is decided by its reference
 * day, the middle day of the period: the year holding most of the period's days, and for a period
 * split evenly across New Year the old year. A weekly of 26–30 December belongs to the old year
 * whenever it is signed off; 29 December–2 January (three days in December) too; 30 December–3
 * January (three days in January) to the new one. The yearly number, year-to-date figures and the
 * {year} and {month} placeholders all follow this year.
 */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("A period needs a start not after its end: " + start + "–" + end);
        }
    }

    /** The middle day; of two middle days, the earlier. */
    public LocalDate referenceDay() {
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    /** The year the issue belongs to: its numbering year and the year its year-to-date figures add up. */
    public int year() {
        return referenceDay().getYear();
    }

    public int month() {
        return referenceDay().getMonthValue();
    }

    public static int yearOf(LocalDate start, LocalDate end) {
        return new Period(start, end).year();
    }
}
