package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.audit.internal.AuditRetention;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import cn.scgov.bulletin.security.SecurityAction;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The process log is complete and cannot be changed (issue 9, point 9): every line says who, when, what,
 * with which result and from where; no account, whatever its role, can change or delete a line through
 * the application; lines are kept for the configured retention, never less than six months.
 */
class ProcessLogIntegrityTests extends ApiTestSupport {

    private static final List<String> ACCOUNTS = List.of("gat", "editor", "reviewer", "leader", "recipient", "sysadmin",
            "secadmin", "auditor");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditRetention retention;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TimeSource time;

    @Test
    void noRoleCanChangeOrDeleteALineThroughTheApplication() {
        api("gat").get("/api/me");
        long id = jdbc.sql("SELECT MIN(id) FROM process_log").query(Long.class).single();
        String before = line(id);
        long count = count();
        for (String account : ACCOUNTS) {
            ApiClient client = api(account);
            for (String path : List.of("/api/audit/log", "/api/audit/log/" + id, "/api/audit/log.csv", "/audit",
                    "/audit/log.csv", "/audit/" + id)) {
                for (String method : List.of("PUT", "DELETE", "PATCH", "POST")) {
                    ApiClient.Response response = method.equals("PATCH")
                            ? client.raw("POST", path + "?_method=PATCH", "application/json", "{\"detail\":\"改\"}")
                            : client.raw(method, path, "application/json", "{\"detail\":\"改\"}");
                    assertThat(response.status()).as(account + " " + method + " " + path).isIn(403, 404, 405);
                }
            }
        }
        assertThat(line(id)).isEqualTo(before);
        assertThat(count()).as("refusals are added, nothing removed").isGreaterThan(count);
    }

    @Test
    void theRepositoryOnlyAddsLinesAndOnlyTheRetentionPurgeDeletes() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source).replaceAll("\\s+", " ");
                assertThat(text).as(source.toString()).doesNotContainPattern("(?i)UPDATE process_log");
                if (!source.endsWith("ProcessLogRepository.java")) {
                    assertThat(text).as(source.toString()).doesNotContainPattern("(?i)DELETE FROM process_log");
                }
            }
        }
    }

    @Test
    void everyLineSaysWhoWhenWhatResultAndFromWhere() {
        assertThat(api("editor").get("/api/me").status()).isEqualTo(200);
        assertThat(new ApiClient(port, "editor", "wrong").get("/api/me").status()).isEqualTo(401);
        assertThat(api("gat").get("/api/audit/log").status()).isEqualTo(403);
        JsonNode items = api("auditor").get("/api/audit/log?size=100").json().get("items");
        assertThat(items.size()).isPositive();
        for (JsonNode line : items) {
            assertThat(line.get("occurredAt").isNull()).isFalse();
            assertThat(line.get("action").asString()).isNotBlank();
            assertThat(line.get("outcome").asString()).isIn("SUCCESS", "FAILURE", "REFUSED");
            if (List.of("LOGIN", "LOGIN_FAILED", "ACCESS_DENIED").contains(line.get("action").asString())) {
                assertThat(line.get("sourceAddress").asString()).as(line.toString()).isNotBlank();
            }
        }
        assertThat(items).anySatisfy(line -> {
            assertThat(line.get("action").asString()).isEqualTo("LOGIN_FAILED");
            assertThat(line.get("actor").asString()).isEqualTo("editor");
            assertThat(line.get("outcome").asString()).isEqualTo("FAILURE");
        });
        assertThat(items).anySatisfy(line -> {
            assertThat(line.get("action").asString()).isEqualTo("ACCESS_DENIED");
            assertThat(line.get("actor").asString()).isEqualTo("gat");
            assertThat(line.get("outcome").asString()).isEqualTo("REFUSED");
        });
        String csv = api("auditor").get("/api/audit/log.csv?action=LOGIN_FAILED").body();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("来源地址", "结果");
        assertThat(csv).contains("\"失败\"");
    }

    @Test
    void linesAreKeptForTheRetentionAndNeverLessThanSixMonths() {
        assertThat(retention.days()).isEqualTo(365);
        assertThatThrownBy(() -> new AuditRetention(null, time, events, new AuditSettings(100, "0 30 2 * * *"))).hasMessageContaining("at least 183");
        events.publishEvent(ProcessLogged.of(SecurityAction.LOGOUT, "gat2", "保留期测试"));
        long id = jdbc.sql("SELECT MAX(id) FROM process_log WHERE detail = '保留期测试'").query(Long.class).single();
        retention.purge(); // lines other tests wrote with the engine clock set years back
        age(id, Duration.ofDays(200));
        assertThat(retention.purge()).as("six months old, within a year's retention").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM process_log WHERE id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(1);
        age(id, Duration.ofDays(170));
        assertThat(retention.purge()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM process_log WHERE detail = '保留期测试'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM process_log WHERE action = 'AUDIT_PURGED'").query(Long.class).single())
                .isPositive();
    }

    /** Makes a line older, as if written that long ago (the test's only write to the table). */
    private void age(long id, Duration by) {
        java.sql.Timestamp at = jdbc.sql("SELECT occurred_at FROM process_log WHERE id = :id").param("id", id)
                .query(java.sql.Timestamp.class).single();
        jdbc.sql("UPDATE process_log SET occurred_at = :at WHERE id = :id").param("id", id)
                .param("at", java.sql.Timestamp.from(at.toInstant().minus(by))).update();
    }

    private String line(long id) {
        return jdbc.sql("SELECT CONCAT(COALESCE(actor, ''), '|', action, '|', COALESCE(detail, '')) FROM process_log WHERE id = :id")
                .param("id", id).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM process_log").query(Long.class).single();
    }
}
