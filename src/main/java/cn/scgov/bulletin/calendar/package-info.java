/**
 * Calendar: China's official workday calendar — the public holidays and make-up working days (调休上班)
 * the State Council publishes for each year, as data the system administrator imports from a file
 * and edits. Other modules ask {@link cn.scgov.bulletin.calendar.WorkdayCalendar} whether a day is a
 * workday and where a date moves by a {@link cn.scgov.bulletin.calendar.ShiftRule}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {"directory", "shared"})
package cn.scgov.bulletin.calendar;
