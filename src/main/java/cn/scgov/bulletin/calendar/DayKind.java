package cn.scgov.bulletin.calendar;

/** What the State Council's notice makes of a day: a day off (休) or a make-up working day (班). */
public enum DayKind {
    HOLIDAY("休"),
    WORKDAY("班");

    private final String mark;

    DayKind(String mark) {
        this.mark = mark;
    }

    /** The one-character mark used in the notice and in the calendar file. */
    public String mark() {
        return mark;
    }
}
