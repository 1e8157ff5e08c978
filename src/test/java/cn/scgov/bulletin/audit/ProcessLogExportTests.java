package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.audit.internal.ProcessLogRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import javax.sql.DataSource;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exporting the process log gives its database connection back: many exports in a row (more than the
 * pool holds), through the API and the page, and logins and the engine's jobs still work afterwards.
 */
class ProcessLogExportTests extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    ProcessLogRepository log;

    @Test
    void manyExportsInARowThenLoginsAndJobsStillWork() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        int exports = pool.getMaximumPoolSize() + 5;
        ApiClient auditor = api("auditor");
        for (int n = 0; n < exports; n++) {
            ApiClient.Response api = auditor.get("/api/audit/log.csv");
            assertThat(api.status()).isEqualTo(200);
            assertThat(api.body()).contains("时间,用户");
            ApiClient.Response page = auditor.get("/audit/log.csv?action=LOGIN");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/csv");
        }
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isLessThanOrEqualTo(2);

        ApiClient freshLogin = ApiClient.as(port, "editor2");
        assertThat(freshLogin.get("/api/me").status()).isEqualTo(200);

        // Every department answers "nothing to report": the branches join in async jobs, then compiling starts.
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 11, 2));
        for (String department : TestBulletins.DEPARTMENTS) {
            Contribution draft = contributionOf(issue, department);
            assertThat(api(department).post("/api/contributions/" + draft.id() + "/nothing-to-report",
                    java.util.Map.of("version", draft.version())).status()).isEqualTo(200);
        }
        jobs.awaitIdle();
        assertThat(compileTask(issue)).isNotNull();
    }

    @Test
    void anExportThatFailsHalfwayStillGivesItsConnectionBack() {
        assertThat(api("auditor").get("/api/me").status()).isEqualTo(200); // at least one line: this login
        HikariDataSource pool = (HikariDataSource) dataSource;
        int before = pool.getHikariPoolMXBean().getActiveConnections();
        ProcessLogFilter everything = new ProcessLogFilter(null, null, null, null, null, null);
        for (int n = 0; n < pool.getMaximumPoolSize() + 2; n++) {
            assertThatThrownBy(() -> log.forEach(everything, 1000, entry -> {
                throw new IllegalStateException("the client went away");
            })).hasMessageContaining("went away");
        }
        // A leak would hold one connection per export (more than the pool has); the engine's job executor
        // and the session cleanup may hold one or two of their own at any moment.
        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isLessThanOrEqualTo(before + 2);
    }
}
