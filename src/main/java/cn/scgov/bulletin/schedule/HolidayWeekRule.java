package cn.scgov.bulletin.schedule;

/** What a weekly schedule does with a week that has no workday at all (the Spring Festival week). */
public enum HolidayWeekRule {
    /** No issue covers that week; the next issue covers its own week only. */
    SKIP("跳过，不出期"),
    /** The next issue's period starts with that week, so the periods stay continuous. */
    MERGE("并入下一期");

    private final String label;

    HolidayWeekRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
