package cn.scgov.bulletin.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.BooleanSupplier;

import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;

/**
 * Waits for the engine's async executor (which runs in the application, as in production) to finish
 * the jobs there are, and moves the engine clock. Polls the job tables; it never sleeps a fixed time.
 */
public class EngineJobs {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final ManagementService management;
    private final ProcessEngineConfiguration configuration;

    public EngineJobs(ManagementService management, ProcessEngineConfiguration configuration) {
        this.management = management;
        this.configuration = configuration;
    }

    /**
     * Waits until no async job remains and no timer job is due within a few seconds of the engine
     * clock (failed jobs wait as timer jobs for their next attempt).
     */
    public void awaitIdle() {
        // Timers first, then jobs: a due timer becomes a job as it is acquired, so the other order could
        // miss it between the two queries. Idle must also be seen twice in a row, since a failing job
        // turns back into a timer job for its retry.
        int[] idleChecks = {0};
        await(() -> {
            boolean idle = management.createTimerJobQuery().duedateLowerThan(soon()).count() == 0
                    && management.createJobQuery().count() == 0;
            idleChecks[0] = idle ? idleChecks[0] + 1 : 0;
            return idleChecks[0] >= 2;
        }, "jobs to finish");
    }

    private Date soon() {
        return Date.from(configuration.getClock().getCurrentTime().toInstant().plusSeconds(5));
    }

    public void await(BooleanSupplier condition, String what) {
        awaitAllowingDeadLetters(condition, what);
        if (management.createDeadLetterJobQuery().count() > 0) {
            throw new AssertionError("Failed jobs: " + management.createDeadLetterJobQuery().list().stream()
                    .map(job -> job.getExceptionMessage()).toList());
        }
    }

    /** As {@link #await}, for tests that wait for jobs to fail (incidents). */
    public void awaitAllowingDeadLetters(BooleanSupplier condition, String what) {
        Instant end = Instant.now().plus(LIMIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Timed out waiting for " + what + "; dead letter jobs: "
                        + management.createDeadLetterJobQuery().list() + "; jobs: " + management.createJobQuery()
                        .listPage(0, 10).stream().map(job -> job.getJobHandlerType() + "/" + job.getElementId()
                                + " retries " + job.getRetries()).toList()
                        + "; timers due soon: " + management.createTimerJobQuery().duedateLowerThan(soon())
                        .listPage(0, 10).stream().map(job -> job.getJobHandlerType() + "/" + job.getElementId()
                                + " due " + job.getDuedate() + " retries " + job.getRetries()).toList());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what);
            }
        }
    }

    public void setClock(Instant instant) {
        configuration.getClock().setCurrentTime(Date.from(instant));
    }

    public void moveClockBy(Duration duration) {
        setClock(configuration.getClock().getCurrentTime().toInstant().plus(duration));
    }

    public void resetClock() {
        configuration.getClock().reset();
    }
}
