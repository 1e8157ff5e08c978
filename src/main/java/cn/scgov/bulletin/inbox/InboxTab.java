package cn.scgov.bulletin.inbox;

/** The inbox's tabs. */
public enum InboxTab {
    MINE("我的待办"),
    GROUP("待签收"),
    DONE("已办"),
    OVERDUE("已逾期");

    private final String label;

    InboxTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
