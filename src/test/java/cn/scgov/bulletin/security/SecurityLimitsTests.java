package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;

import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Login answers that tell nobody who exists, and throttling per client address (issue 9, point 5), with
 * small limits: 5 failed logins per address, 30 API requests a minute. The client address is the one a
 * trusted proxy forwards (here 127.0.0.1 only); from anyone else X-Forwarded-For is ignored (point 9).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bulletin.test.real-limits=true",
        "bulletin.security.login-throttle.max-failures=5",
        "bulletin.security.api-rate-limit.per-minute=30",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"})
class SecurityLimitsTests extends ApiTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLockedAccountAnUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        for (int i = 0; i < 5; i++) {
            from("10.1.0.1", "recipient2", "wrong" + i).get("/api/me");
        }
        ApiClient.Response locked = from("10.1.0.2", "recipient2", "Demo@2026").get("/api/me");
        ApiClient.Response unknown = from("10.1.0.2", "no-such-user", "Demo@2026").get("/api/me");
        ApiClient.Response wrong = from("10.1.0.2", "gat2", "wrong").get("/api/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknown.body()).isEqualTo(wrong.body());
        assertThat(locked.header("WWW-Authenticate")).isEqualTo(unknown.header("WWW-Authenticate"));

        ApiClient.Response lockedPage = formLogin("10.1.0.3", "recipient2", "Demo@2026");
        ApiClient.Response unknownPage = formLogin("10.1.0.3", "no-such-user", "Demo@2026");
        assertThat(lockedPage.status()).isEqualTo(302);
        assertThat(lockedPage.header("Location")).isEqualTo(unknownPage.header("Location")).endsWith("/login?error");
        assertThat(anonymous().header("Accept", "text/html").get("/login?error").body())
                .contains("用户名或密码不正确，或账户暂不可用");
    }

    @Test
    void tooManyFailedLoginsFromOneAddressAreThrottledWith429InChinese() {
        for (int i = 0; i < 5; i++) {
            assertThat(from("10.2.0.1", "guess" + i, "wrong" + i).get("/api/me").status()).isEqualTo(401);
        }
        ApiClient.Response throttled = from("10.2.0.1", "gat", "Demo@2026").get("/api/me");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().get("detail").asString()).contains("登录失败次数过多");
        assertThat(throttled.header("Retry-After")).isNotNull();
        ApiClient.Response page = formLogin("10.2.0.1", "gat", "Demo@2026");
        assertThat(page.header("Location")).endsWith("/login?throttled");
        assertThat(from("10.2.0.2", "gat", "Demo@2026").get("/api/me").status()).as("another address").isEqualTo(200);
        assertThat(jdbc.sql("SELECT failures FROM login_throttle WHERE client_address = '10.2.0.1'").query(Integer.class)
                .single()).isGreaterThanOrEqualTo(5);
        JsonNode log = api("auditor").get("/api/audit/log?action=LOGIN_THROTTLED").json().get("items");
        assertThat(log.findValuesAsString("detail")).anyMatch(detail -> detail.contains("10.2.0.1"));
    }

    @Test
    void tooManyApiRequestsFromOneAddressAreThrottledWith429InChinese() {
        ApiClient client = from("10.3.0.1", "editor", "Demo@2026");
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            ApiClient.Response response = client.get("/api/notices/unread-count");
            if (response.status() == 429) {
                refused++;
                assertThat(response.json().get("detail").asString()).contains("请求过于频繁");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(refused).as("40 requests, 30 allowed a minute").isBetween(1, 10);
        assertThat(from("10.3.0.2", "editor", "Demo@2026").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void theForwardedAddressIsLoggedAndTrustedOnlyFromTheConfiguredProxy() throws Exception {
        assertThat(from("10.4.0.7", "gat2", "Demo@2026").get("/api/me").status()).isEqualTo(200);
        assertThat(sources("gat2")).contains("10.4.0.7");

        Assumptions.assumeTrue(ipv6Loopback(), "IPv6 loopback not available");
        ApiClient untrusted = new ApiClient("http://[::1]:" + port, basic("jtyst", "Demo@2026")).header("X-Forwarded-For", "10.4.0.8");
        assertThat(untrusted.get("/api/me").status()).isEqualTo(200);
        assertThat(sources("jtyst")).doesNotContain("10.4.0.8").anyMatch(source -> source.contains(":"));
    }

    private java.util.List<String> sources(String actor) {
        return api("auditor").get("/api/audit/log?action=LOGIN&actor=" + actor).json().get("items")
                .findValuesAsString("sourceAddress");
    }

    private ApiClient from(String address, String username, String password) {
        return new ApiClient(port, username, password).header("X-Forwarded-For", address);
    }

    private ApiClient.Response formLogin(String address, String username, String password) {
        ApiClient browser = anonymous().header("X-Forwarded-For", address).header("Accept", "text/html");
        ApiClient.Response page = browser.get("/login");
        String token = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        ApiClient withCookie = browser.header("Cookie", sessionCookie(page));
        return withCookie.raw("POST", "/login", "application/x-www-form-urlencoded",
                "username=" + username + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
                        + "&_csrf=" + token);
    }

    private static String sessionCookie(ApiClient.Response response) {
        return response.headers().get("Set-Cookie").stream().filter(c -> c.startsWith("BULLETIN_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private boolean ipv6Loopback() {
        try (Socket socket = new Socket(InetAddress.getByName("::1"), port)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
