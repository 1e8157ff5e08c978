package cn.scgov.bulletin.bulletin;

/** How often a bulletin appears; it decides the period proposed for the next issue. */
public enum Frequency {
    WEEKLY("周报"),
    MONTHLY("月报");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
