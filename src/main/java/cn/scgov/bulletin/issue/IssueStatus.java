package cn.scgov.bulletin.issue;

/** Where an issue stands. */
public enum IssueStatus {
    COLLECTING("征集中"),
    COMPILING("汇编中"),
    SIGNOFF("审签中"),
    SIGNED_OFF("已签发"),
    DISTRIBUTED("已分发"),
    CANCELLED("已作废");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Content may still change (and the issue may be cancelled) only before sign-off. */
    public boolean beforeSignoff() {
        return this == COLLECTING || this == COMPILING || this == SIGNOFF;
    }
}
