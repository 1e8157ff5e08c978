package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client mistakes get a clear 4xx problem detail and change nothing. */
class BadInputTests extends ApiTestSupport {

    private Issue issue;
    private Contribution gat;
    private long newsSection;
    private long figuresSection;

    @BeforeEach
    void openIssue() {
        issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 8, 3));
        gat = contributionOf(issue, "gat");
        newsSection = section("news");
        figuresSection = section("figures");
    }

    @Test
    void malformedJsonIsRefused() {
        ApiClient.Response response = api("gat").raw("PUT", "/api/contributions/" + gat.id() + "/items",
                "application/json", "{\"version\": 0, \"items\": [ {\"sectionId\": ");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("JSON");
    }

    @Test
    void missingFieldsAreNamed() {
        ApiClient.Response response = api("editor").post("/api/issues", Map.of("bulletinId", 1));
        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).contains("periodStart", "periodEnd", "deadline");
    }

    @Test
    void wrongTypesAreRefused() {
        assertProblem(api("editor").post("/api/issues", Map.of("bulletinId", "weekly", "periodStart", "2026-08-03",
                "periodEnd", "2026-08-07", "deadline", "2099-01-01T17:00:00")), 400);
        assertProblem(api("editor").post("/api/issues", Map.of("bulletinId", 1, "periodStart", "3 August",
                "periodEnd", "2026-08-07", "deadline", "2099-01-01T17:00:00")), 400);
        assertProblem(api("editor").post("/api/contributions/" + gat.id() + "/review",
                Map.of("version", 0, "decision", "MAYBE")), 400);
        assertProblem(api("editor").get("/api/inbox?tab=SOMEDAY"), 400);
        assertProblem(api("editor").get("/api/inbox?page=-1"), 400);
        assertProblem(api("editor").get("/api/inbox?size=100000"), 400);
        assertProblem(api("editor").get("/api/issues/not-a-number"), 400);
        assertProblem(api("auditor").get("/api/audit/log?from=yesterday"), 400);
    }

    @Test
    void invalidValuesAreExplained() {
        ApiClient.Response backwards = api("editor").post("/api/issues", Map.of("bulletinId", issue.bulletinId(),
                "periodStart", "2026-08-07", "periodEnd", "2026-08-03", "deadline", "2099-01-01T17:00:00"));
        assertProblem(backwards, 400);
        assertThat(backwards.json().get("errors").get("periodEnd").asString()).contains("结束日期");
        ApiClient.Response past = api("editor").post("/api/issues", Map.of("bulletinId", issue.bulletinId(),
                "periodStart", "2026-08-10", "periodEnd", "2026-08-14", "deadline", "2001-01-01T17:00:00"));
        assertProblem(past, 400);
        assertProblem(api("editor").post("/api/issues/" + issue.id() + "/cancel", Map.of("reason", " ")), 400);
    }

    @Test
    void oversizedTextIsRefusedAndNothingIsSaved() {
        Map<String, Object> body = Map.of("version", gat.version(), "items", List.of(
                Map.of("sectionId", newsSection, "text", "正常的一条"),
                Map.of("sectionId", newsSection, "text", "长".repeat(20_001))));
        assertProblem(api("gat").put("/api/contributions/" + gat.id() + "/items", body), 400);
        assertThat(contributions.contribution(user("gat"), gat.id()).items()).isEmpty();
    }

    @Test
    void aBadItemAmongGoodOnesChangesNothing() {
        Map<String, Object> body = Map.of("version", gat.version(), "items", List.of(
                Map.of("sectionId", newsSection, "text", "正常的一条"),
                Map.of("sectionId", figuresSection, "text", "统计栏目不收条目")));
        ApiClient.Response response = api("gat").put("/api/contributions/" + gat.id() + "/items", body);
        assertProblem(response, 400);
        assertThat(response.json().get("errors").propertyNames()).contains("items[1].sectionId");
        assertThat(contributions.contribution(user("gat"), gat.id()).items()).isEmpty();
        assertThat(contributions.contribution(user("gat"), gat.id()).version()).isEqualTo(gat.version());
    }

    @Test
    void aBadFigureAmongGoodOnesChangesNothing() {
        Map<String, Object> values = new HashMap<>();
        values.put("consultations", 12);
        values.put("accepted", -3);
        assertProblem(api("editor").put("/api/issues/" + issue.id() + "/sections/" + figuresSection + "/statistics",
                Map.of("values", values)), 400);
        assertThat(compilation.compilation(user("editor"), issue.id()).sections().stream()
                .filter(s -> s.section().id() == figuresSection).findFirst().orElseThrow().figures())
                .allSatisfy(figure -> assertThat(figure.periodValue()).isNull());
    }

    @Test
    void aFigureTheMetricCannotHoldExactlyIsRefusedNamingItAndNothingIsStored() {
        Map<String, Object> values = new HashMap<>();
        values.put("consultations", 12);
        values.put("accepted", 4.2);
        ApiClient.Response response = api("editor").put("/api/issues/" + issue.id() + "/sections/" + figuresSection
                + "/statistics", Map.of("values", values));
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get("accepted").asString()).contains("受理（件）", "须为整数");
        assertThat(compilation.compilation(user("editor"), issue.id()).sections().stream()
                .filter(s -> s.section().id() == figuresSection).findFirst().orElseThrow().figures())
                .allSatisfy(figure -> assertThat(figure.periodValue()).isNull());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertProblem(api("editor").get("/api/issues/424242"), 404);
        assertProblem(api("editor").post("/api/contributions/424242/review", Map.of("version", 0, "decision", "ACCEPT")), 404);
        assertProblem(api("editor").put("/api/issues/" + issue.id() + "/sections/424242/statistics",
                Map.of("values", Map.of("a", 1))), 404);
        assertProblem(api("gat").post("/api/tasks/no-such-task/claim", null), 404);
        assertProblem(api("editor").post("/api/issues", Map.of("bulletinId", 424242, "periodStart", "2026-08-03",
                "periodEnd", "2026-08-07", "deadline", "2099-01-01T17:00:00")), 404);
    }

    @Test
    void wrongMethodsAndMediaTypesAreClientErrors() {
        assertProblem(api("editor").raw("PUT", "/api/issues/" + issue.id() + "/cancel", "application/json", "{}"), 405);
        assertProblem(api("gat").raw("PUT", "/api/contributions/" + gat.id() + "/items", "text/plain", "hello"), 415);
    }

    @Test
    void staleVersionsAreConflicts() {
        Map<String, Object> body = Map.of("version", gat.version() + 5, "items", List.of(
                Map.of("sectionId", newsSection, "text", "基于旧版本的修改")));
        assertProblem(api("gat").put("/api/contributions/" + gat.id() + "/items", body), 409);
        assertThat(contributions.contribution(user("gat"), gat.id()).items()).isEmpty();
    }

    private long section(String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }

    private static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).as(response.toString()).isNotBlank();
    }
}
