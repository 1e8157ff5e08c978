package cn.scgov.bulletin.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The timeline as a page shows it: narrowed by kind of step and department, and the same step repeated for many
 * departments (23 drafts ended 未报送, 23 系统 marks) folded into one line with the departments inside, so an
 * issue of 40 departments reads in a screen or two rather than thousands of pixels.
 */
public final class TimelineView {

    /** From this many departments on, one step's repetitions are shown as one group. */
    static final int GROUP_FROM = 5;

    private TimelineView() {
    }

    /** What the reader narrowed the timeline to; unknown values mean no narrowing. */
    public record Filter(String kind, String department) {

        public Filter {
            kind = "TASK".equals(kind) || "SYSTEM".equals(kind) ? kind : null;
            department = department == null || department.isBlank() ? null : department.strip();
        }

        public boolean active() {
            return kind != null || department != null;
        }

        boolean accepts(TimelineEntry entry) {
            return (kind == null || kind.equals(entry.kind()))
                    && (department == null || department.equals(entry.departmentCode()));
        }
    }

    /** One line of the page: a step, or (when {@code group} is set) the same step for several departments. */
    record Row(TimelineEntry entry, List<TimelineEntry> group) {

        public boolean grouped() {
            return group != null;
        }

        public Instant firstAt() {
            return group.stream().map(e -> e.endedAt() != null ? e.endedAt() : e.startedAt()).filter(Objects::nonNull)
                    .min(Instant::compareTo).orElse(null);
        }

        public Instant lastAt() {
            return group.stream().map(e -> e.endedAt() != null ? e.endedAt() : e.startedAt()).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElse(null);
        }
    }

    public static List<TimelineEntry> filter(List<TimelineEntry> steps, Filter filter) {
        return steps.stream().filter(filter::accepts).toList();
    }

    /** The rows in timeline order; a group stands where its first member did. */
    public static List<Row> rows(List<TimelineEntry> steps) {
        Map<String, List<TimelineEntry>> groups = new LinkedHashMap<>();
        for (TimelineEntry entry : steps) {
            if (groupable(entry)) {
                groups.computeIfAbsent(key(entry), k -> new ArrayList<>()).add(entry);
            }
        }
        Set<String> placed = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (TimelineEntry entry : steps) {
            List<TimelineEntry> group = groupable(entry) ? groups.get(key(entry)) : null;
            if (group != null && group.size() >= GROUP_FROM) {
                if (placed.add(key(entry))) {
                    rows.add(new Row(entry, List.copyOf(group)));
                }
            } else {
                rows.add(new Row(entry, null));
            }
        }
        return rows;
    }

    /** Departments that appear in the timeline, in the order they first appear: the department filter's choices. */
    public static Map<String, String> departments(List<TimelineEntry> steps) {
        Map<String, String> departments = new LinkedHashMap<>();
        steps.stream().filter(e -> e.departmentCode() != null)
                .forEach(e -> departments.putIfAbsent(e.departmentCode(), e.departmentName()));
        return departments;
    }

    /** Finished per-department steps without opinions differ only by department: those repeat. */
    private static boolean groupable(TimelineEntry entry) {
        return entry.departmentCode() != null && entry.endedAt() != null && entry.opinions().isEmpty()
                && entry.frozenHashes().isEmpty();
    }

    private static String key(TimelineEntry entry) {
        return entry.stepId() + '|' + entry.kind() + '|' + entry.decision() + '|' + entry.note();
    }
}
