/**
 * The timeliness dashboard: per department over a bulletin's year, contributions on time, late, not
 * submitted, nothing to report and returned, with the exact median time to submit; per issue, the time
 * from opening to distribution and the stage it went to (drafting, review, compile, sign-off,
 * acknowledgement); CSV and XLSX exports and the year-end report of late departments. Read-only: it
 * reads the issue, contribution and delivery tables with SQL and the engine's history, and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard",
        allowedDependencies = {"bulletin", "directory", "issue", "shared"})
package cn.scgov.bulletin.dashboard;
