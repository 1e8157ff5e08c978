package cn.scgov.bulletin.bulletin;

/** What a section of the outline holds. */
public enum SectionKind {
    /** Paragraph items written by departments or the editor. */
    NARRATIVE("叙述"),
    /** Figures rendered into a fixed sentence, with year-to-date totals. */
    STATISTICS("统计"),
    /** Fixed inspection items, each with a finding. */
    CHECKLIST("巡查");

    private final String label;

    SectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
