package cn.scgov.bulletin.schedule;

/** How often a schedule opens an issue. */
public enum Cadence {
    /** Every week: days are weekdays (1 = Monday … 5 = Friday). */
    WEEKLY,
    /** Every month: days are the n-th workday of the month. */
    MONTHLY
}
