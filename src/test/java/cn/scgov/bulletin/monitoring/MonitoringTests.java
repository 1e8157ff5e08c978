package cn.scgov.bulletin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.SmallIssueFlow;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What an operator's balancer, container runtime and Prometheus see on the management port: readiness
 * that follows the job executor, the engine's and the bulletin's figures, build info — and that the
 * users' port has no /actuator at all.
 */
@TestPropertySource(properties = {"bulletin.test.management=true", "management.server.port=0"})
class MonitoringTests extends ApiTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalManagementPort
    private int managementPort;

    @Test
    void readinessFollowsTheJobExecutor() throws Exception {
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");

        AsyncExecutor executor = engineConfiguration.getAsyncExecutor();
        executor.shutdown();
        try {
            HttpResponse<String> stopped = get(managementPort, "/actuator/health/readiness");
            assertThat(stopped.statusCode()).isEqualTo(503);
            assertThat(stopped.body()).contains("OUT_OF_SERVICE");
        } finally {
            executor.start();
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusShowsTheEngineAndTheBulletinsWork() throws Exception {
        Issue issue = open(newWeeklyBulletin(), LocalDate.of(2026, 3, 2));
        long openTasks = taskService.createTaskQuery().count();
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);

        String metrics = get(managementPort, "/actuator/prometheus").body();

        assertThat(metrics).contains("bulletin_engine_tasks_open " + (double) openTasks)
                .contains("bulletin_engine_jobs_timer ")
                .contains("bulletin_engine_jobs_async ")
                .contains("bulletin_engine_jobs_failed ")
                .contains("bulletin_engine_jobs_deadletter ")
                .contains("bulletin_process_actions_total{action=\"ISSUE_OPENED\"}")
                .contains("http_server_requests_seconds");
        assertThat(metrics).containsPattern("bulletin_issues\\{status=\"COLLECTING\"\\} [1-9]");
        assertThat(issue.id()).isPositive();
    }

    @Test
    void submissionsSignOffsAndHttpLatencyReachPrometheus() throws Exception {
        SmallIssueFlow flow = new SmallIssueFlow(this);
        Bulletin bulletin = newBulletin(TestBulletins.small());
        Issue collecting = flow.open(bulletin, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6),
                LocalDateTime.of(2026, 3, 2, 9, 0));
        Contribution draft = contributionOf(collecting, "gat");
        contributions.submit(user("gat"), draft.id(), draft.version(),
                List.of(new DraftItem(flow.section(collecting, "news"), "公安厅本周办理身份证1234件。")));
        Issue signed = flow.open(bulletin, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13),
                LocalDateTime.of(2026, 3, 9, 9, 0));
        flow.compile(signed, 1, 1, 1);
        flow.send(signed);
        flow.signOff(signed, LocalDateTime.of(2026, 3, 11, 16, 0), null);
        assertThat(get(port, "/login").statusCode()).isEqualTo(200);

        String metrics = get(managementPort, "/actuator/prometheus").body();

        assertThat(metrics).contains("bulletin_process_actions_total{action=\"CONTRIBUTION_SUBMITTED\"}")
                .contains("bulletin_process_actions_total{action=\"SIGNOFF_APPROVED\"}")
                .contains("bulletin_process_actions_total{action=\"ISSUE_SIGNED_OFF\"}");
        // Latency as a histogram, so Prometheus can compute quantiles across nodes (histogram_quantile).
        assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{.*uri=\"/login\".*\\} [1-9]")
                .containsPattern("http_server_requests_seconds_count\\{.*uri=\"/login\".*\\} [1-9]");
    }

    @Test
    void buildInfoIsPublishedAndTheUsersPortHasNoActuator() throws Exception {
        HttpResponse<String> info = get(managementPort, "/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"artifact\":\"bulletin\"");

        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(404);
        assertThat(get(port, "/actuator/prometheus").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
