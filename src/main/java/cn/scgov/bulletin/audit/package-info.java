/**
 * Audit: the process log (every step, login, refusal and administrative change, written in the
 * transaction of the step) that auditors search and export, each issue's timeline read from the
 * engine's history, and the process diagram with its finished and current steps.
 * Only auditors read the whole log; no one can change it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
        allowedDependencies = {"directory", "issue", "shared"})
package cn.scgov.bulletin.audit;
