package cn.scgov.bulletin.calendar;

import java.time.Instant;

/** A year whose arrangement is in the system, where it came from and how many days it names. */
public record CalendarYear(int year, String source, String updatedBy, Instant updatedAt, int holidays, int workdays) {
}
