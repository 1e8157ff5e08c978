package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bad input that must never give a 500 (issue 9, point 8), and refused business actions in the process
 * log (point 9): every answer here is a 4xx (or the page) in Chinese, and nothing changes.
 */
class HostileInputTests extends ApiTestSupport {

    private Issue issue;
    private Contribution gat;

    @BeforeEach
    void openIssue() {
        issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 6, 1));
        gat = contributionOf(issue, "gat");
    }

    @Test
    void anyLanguageParameterIsHarmlessEvenWithoutLogin() {
        for (String lang : List.of("xx_YY_ZZ_!!", "%%%", "en_US_POSIX_extra_stuff", "../../etc", "<script>", "")) {
            ApiClient.Response login = anonymous().header("Accept", "text/html")
                    .get("/login?lang=" + java.net.URLEncoder.encode(lang, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(login.status()).as(lang).isEqualTo(200);
            assertThat(api("gat").header("Accept", "text/html").get("/inbox?lang=" + java.net.URLEncoder.encode(lang,
                    java.nio.charset.StandardCharsets.UTF_8)).status()).as(lang).isEqualTo(200);
        }
        assertThat(anonymous().header("Accept", "text/html").get("/login?lang=en").body()).contains("Log in");
    }

    @Test
    void oversizedBodiesAre413InChineseAndChangeNothing() {
        ApiClient browser = api("gat").header("Accept", "text/html");
        for (int megabytes : new int[] {3, 10}) {
            String form = "version=" + gat.version() + "&text=" + "%E9%95%BF".repeat(megabytes * 1024 * 1024 / 9 + 1);
            ApiClient.Response page = browser.raw("POST", "/contributions/" + gat.id(), "application/x-www-form-urlencoded", form);
            assertThat(page.status()).as(megabytes + " MB form").isEqualTo(413);
            assertThat(page.body()).contains("提交的内容过大");
        }
        String json = "{\"version\":" + gat.version() + ",\"items\":[{\"sectionId\":1,\"text\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}]}";
        ApiClient.Response api = api("gat").raw("PUT", "/api/contributions/" + gat.id() + "/items", "application/json", json);
        assertThat(api.status()).isEqualTo(413);
        assertThat(api.json().get("detail").asString()).contains("过大");
        assertThat(contributions.contribution(user("gat"), gat.id()).items()).isEmpty();
    }

    @Test
    void tooManyItemsAreRefused() {
        long section = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst()
                .orElseThrow().id();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(Map.of("sectionId", section, "text", "条目" + i));
        }
        ApiClient.Response response = api("gat").put("/api/contributions/" + gat.id() + "/items",
                Map.of("version", gat.version(), "items", items));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("条目不超过 100 条");
    }

    @Test
    void aLineBreakInABackAddressIsIgnored() {
        String task = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskCandidateGroup("submitter:jtyst").singleResult().getId();
        ApiClient browser = ApiClient.as(port, "jtyst");
        browser.get("/api/me");
        String token = csrf(browser);
        ApiClient.Response response = browser.sessionOnly().header("Accept", "text/html").raw("POST",
                "/inbox/tasks/" + task + "/claim", "application/x-www-form-urlencoded",
                "back=%2Finbox%0D%0ASet-Cookie%3A+evil%3D1&_csrf=" + token);
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/inbox");
        assertThat(response.headers().getOrDefault("Set-Cookie", List.of())).noneMatch(c -> c.contains("evil"));
    }

    @Test
    void issueYearsOutOfRangeAreRefused() {
        for (String start : List.of("+9999999-01-05", "-0001-01-05", "1899-01-02")) {
            ApiClient.Response response = api("editor").raw("POST", "/api/issues", "application/json",
                    "{\"bulletinId\":" + issue.bulletinId() + ",\"periodStart\":\"" + start + "\",\"periodEnd\":\"" + start
                            + "\",\"deadline\":\"2099-01-01T17:00:00\"}");
            assertThat(response.status()).as(start + " " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void anAuditSearchEndingBeforeItStartsIsRefused() {
        ApiClient.Response response = api("auditor").get("/api/audit/log?from=2026-05-02&to=2026-05-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get("to").asString()).contains("结束日期不能早于开始日期");
        assertThat(api("auditor").get("/api/audit/log.csv?from=2026-05-02&to=2026-05-01").status()).isEqualTo(400);
        assertThat(api("auditor").get("/api/audit/log?from=9999-01-01").status()).isEqualTo(400);
    }

    @Test
    void frameworkAnswersAreInChineseToo() {
        ApiClient.Response unsupported = api("gat").raw("PUT", "/api/contributions/" + gat.id() + "/items", "text/plain", "hi");
        assertThat(unsupported.status()).isEqualTo(415);
        assertChinese(unsupported);
        ApiClient.Response method = api("editor").raw("DELETE", "/api/issues/" + issue.id(), null, null);
        assertThat(method.status()).isEqualTo(405);
        assertChinese(method);
        ApiClient.Response missing = api("editor").get("/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertChinese(missing);
    }

    @Test
    void refusedBusinessActionsAreInTheProcessLogWithWhoWhatAndWhy() {
        Map<String, Object> stale = Map.of("version", gat.version() + 7, "items", List.of());
        assertThat(api("gat").put("/api/contributions/" + gat.id() + "/items", stale).status()).isEqualTo(409);
        assertThat(api("editor").post("/api/issues/" + issue.id() + "/cancel", Map.of("reason", " ")).status()).isEqualTo(400);
        JsonNode refused = api("auditor").get("/api/audit/log?action=REQUEST_REFUSED&size=100").json().get("items");
        assertThat(refused).anySatisfy(line -> {
            assertThat(line.get("actor").asString()).isEqualTo("gat");
            assertThat(line.get("detail").asString()).contains("PUT /api/contributions/" + gat.id() + "/items → 409", "稿件已被他人修改");
            assertThat(line.get("outcome").asString()).isEqualTo("REFUSED");
            assertThat(line.get("sourceAddress").asString()).isNotBlank();
        });
        assertThat(refused).anySatisfy(line -> {
            assertThat(line.get("actor").asString()).isEqualTo("editor");
            assertThat(line.get("detail").asString()).contains("/cancel → 400");
        });
    }

    private static void assertChinese(ApiClient.Response response) {
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        String text = response.json().get("title").asString() + response.json().get("detail").asString();
        assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .as(response.toString()).isTrue();
    }

    private String csrf(ApiClient loggedIn) {
        String page = loggedIn.sessionOnly().header("Accept", "text/html").get("/inbox").body();
        return page.replaceAll("(?s).*<meta name=\"_csrf\" content=\"([^\"]+)\".*", "$1");
    }
}
