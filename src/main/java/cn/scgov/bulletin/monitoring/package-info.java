/**
 * Health and metrics for operators: the job executor's health in the readiness group, the engine's and
 * the bulletin's gauges and counters for Prometheus. Everything is read from the shared database, so every
 * node reports the same system-wide figures (a scraper may read any one node).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
        allowedDependencies = {"issue", "shared"})
package cn.scgov.bulletin.monitoring;
