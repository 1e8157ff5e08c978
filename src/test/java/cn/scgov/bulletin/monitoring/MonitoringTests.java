package cn.scgov.bulletin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiTestSupport;

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
