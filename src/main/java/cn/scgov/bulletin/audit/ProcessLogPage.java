package cn.scgov.bulletin.audit;

import java.util.List;

/**
 * One page of a process-log search. The matching lines are counted only up to {@value #COUNTED_AHEAD} past the
 * page ({@code more}: there are more than {@code total}), so a search over years of lines never counts them all.
 */
public record ProcessLogPage(List<ProcessLogEntry> items, int page, int size, long total, boolean more) {

    /** How far past the start of the page matching lines are counted. */
    public static final int COUNTED_AHEAD = 1000;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
