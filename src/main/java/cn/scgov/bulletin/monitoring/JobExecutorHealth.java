package cn.scgov.bulletin.monitoring;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * A node whose job executor is not running takes requests but never freezes, joins or reminds: it is not
 * ready. Part of the readiness group (application.yml), named {@code jobExecutor}.
 */
@Component("jobExecutor")
class JobExecutorHealth implements HealthIndicator {

    private final ProcessEngineConfiguration engine;

    JobExecutorHealth(ProcessEngineConfiguration engine) {
        this.engine = engine;
    }

    @Override
    public Health health() {
        AsyncExecutor executor = engine.getAsyncExecutor();
        if (executor == null || !executor.isActive()) {
            return Health.outOfService().withDetail("asyncExecutor", "stopped").build();
        }
        return Health.up().build();
    }
}
