package cn.scgov.bulletin.notice.internal;

/** How a user wants their notices: always in the application, and by e-mail at once or in a daily digest. */
public enum DeliveryMode {
    APP("仅系统内通知"), EMAIL("系统内通知并发送邮件"), DIGEST("系统内通知，邮件每日汇总一次");

    /** Users who chose nothing get their notices by e-mail too (when they have an address). */
    public static final DeliveryMode DEFAULT = EMAIL;

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
