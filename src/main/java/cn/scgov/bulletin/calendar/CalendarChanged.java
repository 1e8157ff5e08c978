package cn.scgov.bulletin.calendar;

import java.util.Set;

/** The workday calendar of these years changed (import or edit), in the transaction of the change. */
public record CalendarChanged(Set<Integer> years) {
}
