/**
 * Oversight and administration pages: the process log and timelines, the timeliness dashboard, incidents, and the
 * administration of accounts, departments, bulletins, calendars, schedules, notices, sign-off rules and task
 * reassignment. Page controllers and page models only (styles {@code oversight.css}, labels
 * {@code i18n/oversight}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight pages",
        allowedDependencies = {"audit", "bulletin", "calendar", "dashboard", "directory", "inbox", "incident", "issue", "notice", "schedule", "shared", "signoff", "notice :: administration"})
package cn.scgov.bulletin.oversight;
