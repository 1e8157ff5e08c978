package cn.scgov.bulletin.schedule;

/** Where one planned issue of a schedule stands. */
public enum OccurrenceStatus {
    /** Will open as the schedule says. */
    PLANNED("按计划"),
    /** An editor moved its opening or deadline. */
    MOVED("已调整"),
    /** An editor skipped it: no issue for this period. */
    SKIPPED("已跳过"),
    /** The schedule opened it. */
    OPENED("已自动开设"),
    /** An editor opened an issue for this period by hand. */
    OPENED_BY_HAND("已手动开设"),
    /** Its opening time came while the schedule was paused (or before it was switched on): open it by hand. */
    NOT_OPENED("未自动开设"),
    /** The schedule could not open it (e.g. the bulletin was disabled); the reason says why. */
    FAILED("未能开设");

    private final String label;

    OccurrenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the office may still skip or move it. */
    public boolean adjustable() {
        return this == PLANNED || this == MOVED;
    }
}
