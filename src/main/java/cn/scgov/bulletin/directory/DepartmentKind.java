package cn.scgov.bulletin.directory;

/** A department's service window in the hall, or one of the centre's own teams. */
public enum DepartmentKind {
    WINDOW("进驻部门窗口"),
    CENTRE("中心内设机构");

    private final String label;

    DepartmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
