package cn.scgov.bulletin.schedule;

/** Which period an issue covers, seen from the week (month) in which it opens. */
public enum PeriodChoice {
    PREVIOUS("上一周（月）"),
    CURRENT("本周（月）");

    private final String label;

    PeriodChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
