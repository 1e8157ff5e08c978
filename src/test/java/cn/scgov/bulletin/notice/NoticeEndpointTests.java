package cn.scgov.bulletin.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

/**
 * The notice endpoints and pages with the exact status each role gets; the e-mail address on the
 * user profile; the header's unread-count fragment, right whichever node wrote the notice.
 */
class NoticeEndpointTests extends ApiTestSupport {

    private static final Map<Role, String> ACCOUNTS = Map.of(Role.SUBMITTER, "gat", Role.EDITOR, "editor",
            Role.REVIEWER, "reviewer", Role.LEADER, "leader", Role.RECIPIENT, "recipient", Role.SYSADMIN, "sysadmin",
            Role.SECADMIN, "secadmin", Role.AUDITOR, "auditor");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired Environment environment;

    private record Call(String method, String path, Supplier<Object> body, int sysadmin, int others) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsExactlyItsStatus() {
        List<Call> calls = List.of(
                new Call("GET", "/api/me/notice-settings", null, 200, 200),
                new Call("PUT", "/api/me/notice-settings", () -> Map.of("mode", "SMS", "version", 0), 400, 400),
                new Call("GET", "/api/notices/unread-count", null, 200, 200),
                new Call("GET", "/api/notice-templates", null, 200, 403),
                new Call("GET", "/api/notice-templates/REVIEW", null, 200, 403),
                new Call("GET", "/api/notice-templates/NOPE", null, 404, 403),
                new Call("PUT", "/api/notice-templates/REVIEW", () -> Map.of("subject", "{issue}{bogus}", "body", "x",
                        "version", 0), 400, 403),
                new Call("POST", "/api/notice-templates/REVIEW/preview", () -> Map.of("subject", "{issue}",
                        "body", "{name}"), 200, 403),
                new Call("POST", "/api/notice-templates/REVIEW/reset", () -> Map.of("version", 999), 409, 403),
                new Call("GET", "/api/mail-outbox", null, 200, 403),
                new Call("GET", "/api/mail-outbox?status=BOGUS", null, 400, 403),
                new Call("POST", "/api/mail-outbox/999999999/retry", null, 404, 403),
                new Call("PUT", "/api/users/gat2", () -> Map.of("displayName", "公安厅报送员（二）", "departmentCode", "gat",
                        "enabled", true, "version", 0, "email", "not-an-address"), 400, 403));
        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls) {
            tests.add(DynamicTest.dynamicTest(call + " without credentials → 401", () ->
                    assertThat(send(anonymous(), call).status()).isEqualTo(401)));
            for (Role role : Role.values()) {
                int expected = role == Role.SYSADMIN ? call.sysadmin() : call.others();
                tests.add(DynamicTest.dynamicTest(call + " as " + role + " → " + expected, () -> {
                    ApiClient.Response response = send(api(ACCOUNTS.get(role)), call);
                    assertThat(response.status()).as(response.toString()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }));
            }
        }
        List<String> pages = List.of("/notices/settings", "/notices/unread-badge", "/admin/notice-templates",
                "/admin/notice-templates/REVIEW", "/admin/mail");
        Set<String> everyone = Set.of("/notices/settings", "/notices/unread-badge");
        for (String page : pages) {
            tests.add(DynamicTest.dynamicTest("GET " + page + " without login → to the login page", () ->
                    assertThat(page(null, page).statusCode()).isEqualTo(302)));
            for (Role role : Role.values()) {
                int expected = everyone.contains(page) || role == Role.SYSADMIN ? 200 : 403;
                tests.add(DynamicTest.dynamicTest("GET " + page + " as " + role + " → " + expected, () ->
                        assertThat(page(ACCOUNTS.get(role), page).statusCode()).isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void theTemplateErrorNamesTheUnknownPlaceholders() {
        ApiClient.Response response = api("sysadmin").put("/api/notice-templates/REVIEW", Map.of(
                "subject", "{issue}{bogus}", "body", "{name}{nope}", "version", 0));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("未知占位符：{bogus}", "未知占位符：{nope}");
    }

    @Test
    void theSystemAdministratorKeepsAValidEmailAddressOnTheProfile() {
        ApiClient sysadmin = api("sysadmin");
        JsonNode account = sysadmin.get("/api/users/gat2").json();
        Map<String, Object> profile = new java.util.HashMap<>(Map.of("displayName", account.get("displayName").asString(),
                "departmentCode", "gat", "enabled", true, "version", account.get("version").asInt()));
        for (String bad : List.of("gat2", "gat2@", "@scgov.cn", "gat2@scgov", "a b@scgov.cn", "x@y.cn,z@y.cn")) {
            profile.put("email", bad);
            ApiClient.Response refused = sysadmin.put("/api/users/gat2", profile);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("errors").get("email").asString()).contains("电子邮箱格式不正确");
        }
        profile.put("email", "  wang.li@gat.sc.gov.cn ");
        JsonNode saved = sysadmin.put("/api/users/gat2", profile).json();
        assertThat(saved.get("email").asString()).isEqualTo("wang.li@gat.sc.gov.cn");
        assertThat(api("gat2").get("/api/me/notice-settings").json().get("email").asString())
                .isEqualTo("wang.li@gat.sc.gov.cn");
        profile.put("version", saved.get("version").asInt());
        profile.put("email", "");
        assertThat(sysadmin.put("/api/users/gat2", profile).json().get("email").isNull()).isTrue();
    }

    @Test
    void theUnreadCountFragmentCountsNoticesWhicheverNodeWroteThem() throws Exception {
        String before = page("recipient2", "/notices/unread-badge").body();
        long unread = api("recipient2").get("/api/notices/unread-count").json().get("unread").asLong();
        assertThat(before).contains("id=\"notice-badge\"");
        if (unread == 0) {
            assertThat(before).doesNotContain("unread-count");
        } else {
            assertThat(before).contains(">" + unread + "<");
        }

        // Another application node writes a notice on the same database.
        try (Connection connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
                PreparedStatement insert = connection.prepareStatement("INSERT INTO notice (recipient, kind, message,"
                        + " link, created_at) VALUES ('recipient2', 'TASK', '您有新的待办：签收', '/inbox', ?)")) {
            insert.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
            insert.executeUpdate();
        }
        HttpResponse<String> after = page("recipient2", "/notices/unread-badge");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("data-testid=\"unread-count\">" + (unread + 1) + "<");
        assertThat(after.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(api("recipient2").post("/api/notices/read-all", null).status()).isEqualTo(204);
        assertThat(page("recipient2", "/notices/unread-badge").body()).doesNotContain("unread-count");
    }

    private ApiClient.Response send(ApiClient client, Call call) {
        return switch (call.method()) {
            case "GET" -> client.get(call.path());
            case "PUT" -> client.put(call.path(), call.body() == null ? Map.of() : call.body().get());
            default -> client.post(call.path(), call.body() == null ? null : call.body().get());
        };
    }

    private HttpResponse<String> page(String username, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Set<Role> all() {
        return EnumSet.allOf(Role.class);
    }
}
