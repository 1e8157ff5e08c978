package cn.scgov.bulletin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.flowable.job.api.Job;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The system administrator sees jobs that really failed (a reminder whose date was damaged) with their issue
 * and error, and retries them without a restart once the cause is fixed: they run, and the log says who did it.
 */
// Its own application: the dead letters it makes on purpose would fail other classes' waits for the executor.
@TestPropertySource(properties = "bulletin.test.context=incidents")
class IncidentTests extends ApiTestSupport {

    @Autowired
    ApplicationContext context;

    private FailingReminders failing;

    @BeforeEach
    void failing() {
        failing = new FailingReminders(context);
    }

    @org.junit.jupiter.api.AfterEach
    void noBrokenReminderStaysBehind() {
        failing.cleanUp();
    }

    @Test
    void aFailedReminderIsListedWithItsErrorAndRunsWhenRetriedAfterTheFix() {
        Issue issue = failing.openBroken(LocalDate.of(2026, 5, 4));

        List<Job> failed = failing.failOnce(issue);
        JsonNode waiting = incident(failed.get(0).getId());
        // Waiting for its next attempt as a timer, or already handed to the executor for it.
        assertThat(waiting.get("state").asString()).isIn("FAILED", "QUEUED");
        assertThat(waiting.get("retries").asInt()).isPositive();

        List<Job> dead = failing.exhaust(issue);
        assertThat(dead).hasSameSizeAs(failed);
        Job job = dead.get(0);
        JsonNode listed = incident(job.getId());
        assertThat(listed.get("state").asString()).isEqualTo("DEAD_LETTER");
        assertThat(listed.get("retries").asInt()).isZero();
        assertThat(listed.get("issueId").asLong()).isEqualTo(issue.id());
        assertThat(listed.get("issueTitle").asString()).isEqualTo(issue.title());
        assertThat(listed.get("activityId").asString()).isEqualTo(FailingReminders.ACTIVITY);
        assertThat(listed.get("exceptionMessage").asString()).contains("java.lang.String").contains("java.util.Date");
        assertThat(api("sysadmin").get("/api/admin/incidents/" + job.getId() + "/stacktrace").json().get("stacktrace")
                .asString()).contains("ClassCastException").contains("ContributionDelegates");

        failing.repair(issue);
        AsyncExecutor executor = engineConfiguration.getAsyncExecutor();
        executor.shutdown();
        try {
            ApiClient.Response retried = api("sysadmin").post("/api/admin/incidents/" + job.getId() + "/retry", null);
            assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
            assertThat(retried.json().get("outcome").asString()).isEqualTo("RETRIED");
            assertThat(incident(job.getId()).get("state").asString()).isEqualTo("QUEUED");
            ApiClient.Response again = api("sysadmin").post("/api/admin/incidents/" + job.getId() + "/retry", null);
            assertThat(again.status()).as(again.toString()).isEqualTo(409);
            assertThat(again.json().get("detail").asString()).contains("已不再失败");
        } finally {
            executor.start();
        }
        failing.jobs.awaitAllowingDeadLetters(() -> managementService.createJobQuery().jobId(job.getId()).count() == 0
                && managementService.createTimerJobQuery().jobId(job.getId()).count() == 0, "the retried reminder to run");
        assertThat(managementService.createDeadLetterJobQuery().jobId(job.getId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(issue.processInstanceId())
                .activityId("sendReminder").finished().count()).isEqualTo(1);

        JsonNode log = api("auditor").get("/api/audit/log?action=JOB_RETRIED&issueId=" + issue.id()).json().get("items");
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("actor").asString()).isEqualTo("sysadmin");
        assertThat(log.get(0).get("detail").asString()).contains(job.getId()).contains(FailingReminders.ACTIVITY);

        assertThat(api("sysadmin").post("/api/admin/incidents/no-such-job/retry", null).status()).isEqualTo(404);
        assertThat(api("sysadmin").get("/api/admin/incidents/no-such-job/stacktrace").status()).isEqualTo(404);

        // the other dead letters of the issue: retry all
        retryAll(issue, dead.size() - 1);
    }

    @Test
    void retryAllRetriesEveryDeadLetterAndOnlyTheSystemAdministratorMay() {
        Issue issue = failing.openBroken(LocalDate.of(2026, 5, 11));
        failing.failOnce(issue);
        List<Job> dead = failing.exhaust(issue);

        for (String other : List.of("editor", "secadmin", "auditor", "leader")) {
            assertThat(api(other).get("/api/admin/incidents").status()).as(other).isEqualTo(403);
            assertThat(api(other).post("/api/admin/incidents/retry-all", null).status()).as(other).isEqualTo(403);
            assertThat(api(other).post("/api/admin/incidents/" + dead.get(0).getId() + "/retry", null).status())
                    .as(other).isEqualTo(403);
        }
        assertThat(failing.deadLetters(issue)).hasSameSizeAs(dead);

        failing.repair(issue);
        retryAll(issue, dead.size());
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(issue.processInstanceId())
                .activityId("sendReminder").finished().count()).isEqualTo(dead.size());
        JsonNode summary = api("auditor").get("/api/audit/log?action=ALL_JOBS_RETRIED").json().get("items");
        assertThat(summary).isNotEmpty();
        assertThat(summary.get(0).get("actor").asString()).isEqualTo("sysadmin");
    }

    private void retryAll(Issue issue, int expected) {
        ApiClient.Response response = api("sysadmin").post("/api/admin/incidents/retry-all", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(StreamSupport.stream(results.spliterator(), false).filter(r -> r.get("outcome").asString().equals("RETRIED")))
                .hasSize(expected);
        jobs.awaitIdle();
        assertThat(failing.deadLetters(issue)).isEmpty();
        assertThat(api("sysadmin").get("/api/admin/incidents").json().get("total").asLong()).isZero();
    }

    private JsonNode incident(String jobId) {
        ApiClient.Response response = api("sysadmin").get("/api/admin/incidents?size=200");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("items").spliterator(), false)
                .filter(item -> item.get("jobId").asString().equals(jobId)).findFirst()
                .orElseThrow(() -> new AssertionError("job " + jobId + " not listed: " + response.body()));
    }
}
