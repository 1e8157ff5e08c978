/**
 * Incidents: the engine's jobs that failed (waiting for a retry) or ran out of retries (dead letters),
 * with their error and stack trace, for the system administrator, who retries one or all of them
 * without a restart; every retry is a line of the process log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incident",
        allowedDependencies = {"directory", "issue", "shared"})
package cn.scgov.bulletin.incident;
