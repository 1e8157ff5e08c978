package cn.scgov.bulletin.calendar;

/** Where a date that is not a workday moves to. */
public enum ShiftRule {
    PREVIOUS_WORKDAY("提前到前一个工作日"),
    NEXT_WORKDAY("顺延到下一个工作日");

    private final String label;

    ShiftRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
