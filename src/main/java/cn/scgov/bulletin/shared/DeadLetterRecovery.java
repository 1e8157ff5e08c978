package cn.scgov.bulletin.shared;

import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A job that failed every retry (say, freezing a signed-off issue while the server had lost its
 * fonts) is parked by the engine as a dead letter, and its issue waits. The operator fixes the cause
 * and restarts the application: at every start the dead letters go back to the job executor with
 * fresh retries, each one logged, so no signed-off issue stays stuck.
 */
@Component
class DeadLetterRecovery {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecovery.class);
    private static final int RETRIES = 3;

    private final ManagementService management;

    DeadLetterRecovery(ManagementService management) {
        this.management = management;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        requeue();
    }

    /** Moves every dead-letter job back to the executor; returns how many. */
    int requeue() {
        List<Job> dead = management.createDeadLetterJobQuery().list();
        for (Job job : dead) {
            log.warn("Requeueing dead-letter job {} of process instance {} (activity {}), which had failed with: {}",
                    job.getId(), job.getProcessInstanceId(), job.getElementId(), job.getExceptionMessage());
            management.moveDeadLetterJobToExecutableJob(job.getId(), RETRIES);
        }
        return dead.size();
    }
}
