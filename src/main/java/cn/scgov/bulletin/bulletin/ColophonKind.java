package cn.scgov.bulletin.bulletin;

/** The three lines of a colophon (版记). */
public enum ColophonKind {
    REPORT("报"),
    COPY("送"),
    DISTRIBUTE("发");

    private final String label;

    ColophonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
