package cn.scgov.bulletin.bulletin;

/** How a statistics figure relates to the year. */
public enum Accumulation {
    /** Entered for the period; the year-to-date total is computed from earlier issues. */
    PERIOD,
    /** Entered as a running total since 1 January; it may never fall below the last issue's. */
    CUMULATIVE
}
