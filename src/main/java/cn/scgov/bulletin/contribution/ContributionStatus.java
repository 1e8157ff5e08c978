package cn.scgov.bulletin.contribution;

/** Where a department's contribution stands. */
public enum ContributionStatus {
    NOT_STARTED("未开始"),
    DRAFTING("起草中"),
    SUBMITTED("已报送"),
    RETURNED("已退回"),
    ACCEPTED("已采用"),
    NOTHING_TO_REPORT("本期无报送"),
    NOT_SUBMITTED("未报送");

    private final String label;

    ContributionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The department holds the pen. */
    public boolean drafting() {
        return this == NOT_STARTED || this == DRAFTING || this == RETURNED;
    }

    public boolean finished() {
        return this == ACCEPTED || this == NOTHING_TO_REPORT || this == NOT_SUBMITTED;
    }
}
