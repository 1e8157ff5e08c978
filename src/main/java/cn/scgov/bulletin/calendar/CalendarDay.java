package cn.scgov.bulletin.calendar;

import java.time.LocalDate;

/** A day the notice names: a public holiday or a make-up working day, with the festival it belongs to. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
