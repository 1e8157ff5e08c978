package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;

import cn.scgov.bulletin.support.ApiTestSupport;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node that dies while holding a job leaves it locked; once the lock expires (5 minutes, see
 * application.yml) a live node resets it and runs it. The engine clock is moved past the expiry.
 */
@org.springframework.test.context.TestPropertySource(properties = "bulletin.test.production-job-locks=true")
class JobTakeoverTests extends ApiTestSupport {

    private static final String PROCESS = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                targetNamespace="test">
              <process id="takeoverProbe" name="takeover probe">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
                <serviceTask id="work" flowable:async="true" flowable:expression="${execution.setVariable('done', true)}"/>
                <sequenceFlow id="f2" sourceRef="work" targetRef="wait"/>
                <userTask id="wait"/>
                <sequenceFlow id="f3" sourceRef="wait" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    @Autowired RepositoryService repository;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void executorRuns() {
        AsyncExecutor executor = engineConfiguration.getAsyncExecutor();
        if (!executor.isActive()) {
            executor.start();
        }
    }

    @Test
    void aJobLockedByADeadNodeIsTakenOverOnceItsLockExpires() {
        repository.createDeployment().name("takeover-probe")
                .addBytes("takeover-probe.bpmn20.xml", PROCESS.getBytes(StandardCharsets.UTF_8)).deploy();
        AsyncExecutor executor = engineConfiguration.getAsyncExecutor();
        assertThat(((org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor) executor).getAsyncJobLockTimeInMillis())
                .as("async job lock time").isEqualTo(Duration.ofMinutes(5).toMillis());

        // Node "dead-node" acquired the job and was killed: its lock stays, as it would in the database.
        executor.shutdown();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("takeoverProbe");
        Job job = managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
        Instant lockedAt = now();
        jdbc.sql("UPDATE ACT_RU_JOB SET LOCK_OWNER_ = 'dead-node', LOCK_EXP_TIME_ = :expiry WHERE ID_ = :id")
                .param("expiry", Timestamp.from(lockedAt.plus(Duration.ofMinutes(5)))).param("id", job.getId()).update();
        executor.start();

        jobs.moveClockBy(Duration.ofMinutes(4));
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).lockOwner("dead-node").count())
                .as("within its lock the job stays the dead node's").isEqualTo(1);

        jobs.moveClockBy(Duration.ofMinutes(2));
        jobs.await(() -> runtimeService.getVariable(instance.getId(), "done") != null, "the live node to run the job");
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    }
}
