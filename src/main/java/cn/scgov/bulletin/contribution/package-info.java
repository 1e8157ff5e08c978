/**
 * Contributions: one department's draft for one issue. Submitters draft items for the sections
 * their department contributes to, save, submit or answer "nothing to report"; editors accept or
 * return with a reason; reminders, overdue flags and early closing come from the process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contribution",
        allowedDependencies = {"bulletin", "directory", "inbox", "issue", "shared"})
package cn.scgov.bulletin.contribution;
