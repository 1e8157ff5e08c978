package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Characters outside the BMP (𠀀 in a name, emoji) survive a round trip through the application's
 * tables and Flowable's, on H2 and on MySQL/MariaDB, where every table must be utf8mb4.
 */
class SupplementaryCharacterTests extends ApiTestSupport {

    private static final String TEXT = "𠀀 王𠀀同志到窗口调研 😀 & <b>不是标签</b>";

    @Autowired
    DataSource dataSource;

    @Test
    void namesTextsAndOpinionsKeepCharactersOutsideTheBmp() {
        assertThat(api("recipient").get("/api/me").json().get("displayName").asString()).isEqualTo("王𠀀");

        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 3, 2));
        Contribution gat = contributionOf(issue, "gat");
        long news = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst()
                .orElseThrow().id();
        var submitted = api("gat").post("/api/contributions/" + gat.id() + "/submit",
                Map.of("version", gat.version(), "items", List.of(Map.of("sectionId", news, "text", TEXT))));
        assertThat(submitted.status()).isEqualTo(200);
        var returned = api("editor").post("/api/contributions/" + gat.id() + "/review",
                Map.of("version", submitted.json().get("version").asInt(), "decision", "RETURN", "reason", "请核实𠀀的姓名 😀"));
        assertThat(returned.status()).isEqualTo(200);

        var read = api("gat").get("/api/contributions/" + gat.id()).json();
        assertThat(read.get("sections").get(0).get("items").get(0).get("text").asString()).isEqualTo(TEXT);
        assertThat(read.get("returnReason").asString()).isEqualTo("请核实𠀀的姓名 😀");
        assertThat(taskService.getProcessInstanceComments(issue.processInstanceId(), IssueProcess.OPINION_COMMENT))
                .extracting(c -> c.getFullMessage()).contains("请核实𠀀的姓名 😀");
        var timeline = api("editor").get("/api/issues/" + issue.id() + "/timeline").json();
        assertThat(timeline.findValues("opinions").toString()).contains("请核实𠀀的姓名 😀");
    }

    @Test
    void everyTableIsUtf8mb4OnMySql() {
        if (DatabaseKind.of(dataSource) != DatabaseKind.MYSQL) {
            return;
        }
        List<String> notUtf8mb4 = JdbcClient.create(dataSource).sql("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' AND TABLE_COLLATION NOT LIKE 'utf8mb4%'")
                .query(String.class).list();
        assertThat(notUtf8mb4).isEmpty();
        List<String> columns = JdbcClient.create(dataSource).sql("SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME)"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL"
                + " AND CHARACTER_SET_NAME <> 'utf8mb4'").query(String.class).list();
        assertThat(columns).isEmpty();
        assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'ACT\\_%'").query(Long.class).single()).isGreaterThan(20);
    }
}
