package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.api.Job;
import org.flowable.job.service.JobServiceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A job the engine parked after failing every retry runs again when the application starts. */
// In the shared application again: the jobs that stayed queued there in CI were left locked by stopped second
// nodes, which now run no job executor (README, known limits).
class DeadLetterRecoveryTests extends FlowTestSupport {

    @Autowired
    DeadLetterRecovery recovery;

    @Test
    void aDeadLetterJobRunsAgainAtStart() {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 5, 4));
        String instance = issue.processInstanceId();
        Job reminder = managementService.createTimerJobQuery().processInstanceId(instance).elementId("reminderTimer")
                .list().get(0);
        // Parked the way the engine parks a job that failed its last retry.
        JobServiceConfiguration engineJobs = ((ProcessEngineConfigurationImpl) engineConfiguration).getJobServiceConfiguration();
        managementService.executeCommand(context -> engineJobs.getJobManager().moveJobToDeadLetterJob(
                engineJobs.getTimerJobEntityManager().findById(reminder.getId())));
        assertThat(managementService.createDeadLetterJobQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(sentReminders(instance)).isZero();

        assertThat(recovery.requeue()).isPositive();
        jobs.awaitIdle();

        assertThat(managementService.createDeadLetterJobQuery().processInstanceId(instance).count()).isZero();
        assertThat(sentReminders(instance)).isEqualTo(1);
    }

    private long sentReminders(String instance) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("sendReminder")
                .finished().count();
    }
}
