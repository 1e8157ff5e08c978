/**
 * Schedules: each bulletin's rhythm as data its administrator edits (on which workday and time an
 * issue opens, which period it covers, its deadline and reminder, and what happens on public
 * holidays), the coming issues it plans on China's workday calendar, the office's skips and moves of
 * single occurrences, and the automatic opening of each issue on time — exactly once, by one engine
 * timer per bulletin ({@code processes/bulletin-schedule.bpmn20.xml}) that the async executor of one
 * node fires, with a unique row per occurrence behind it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule",
        allowedDependencies = {"bulletin", "calendar", "directory", "issue", "shared"})
package cn.scgov.bulletin.schedule;
