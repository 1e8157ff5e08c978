package cn.scgov.bulletin.monitoring;

import cn.scgov.bulletin.issue.IssueStatus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engine's work as gauges, read from the database when scraped: open user tasks, timer jobs, async
 * jobs, jobs that failed and wait for a retry, dead letters; and issues by status.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final TaskService tasks;
    private final ManagementService management;
    private final JdbcClient jdbc;

    EngineMetrics(TaskService tasks, ManagementService management, JdbcClient jdbc) {
        this.tasks = tasks;
        this.management = management;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("bulletin.engine.tasks.open", () -> tasks.createTaskQuery().count())
                .description("Open user tasks").register(registry);
        Gauge.builder("bulletin.engine.jobs.timer", () -> management.createTimerJobQuery().count())
                .description("Timer jobs waiting for their time").register(registry);
        Gauge.builder("bulletin.engine.jobs.async", () -> management.createJobQuery().count())
                .description("Async jobs ready to run or running").register(registry);
        Gauge.builder("bulletin.engine.jobs.failed", () -> management.createJobQuery().withException().count()
                        + management.createTimerJobQuery().withException().count())
                .description("Jobs that failed and wait for a retry").register(registry);
        Gauge.builder("bulletin.engine.jobs.deadletter", () -> management.createDeadLetterJobQuery().count())
                .description("Jobs out of retries (dead letters)").register(registry);
        for (IssueStatus status : IssueStatus.values()) {
            Gauge.builder("bulletin.issues", () -> jdbc.sql("SELECT COUNT(*) FROM issue WHERE status = ?")
                            .param(status.name()).query(Long.class).single())
                    .tag("status", status.name()).description("Issues by status").register(registry);
        }
    }
}
