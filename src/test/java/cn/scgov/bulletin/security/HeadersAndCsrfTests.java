package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;

/**
 * Headers and exposure (issue 9, point 7) and the CSRF exemption (point 6): a strict Content-Security-Policy
 * on pages and API with no inline script anywhere in the templates, Referrer-Policy, Strict-Transport-Security
 * and a Secure session cookie when the request came over TLS (through the trusted proxy), OpenAPI only
 * after login; CSRF skipped only by requests whose HTTP Basic credentials were verified in that request.
 */
class HeadersAndCsrfTests extends ApiTestSupport {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>|\\son[a-z]+\\s*=|th:on[a-z]+\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void pagesAndApiCarryAStrictContentSecurityPolicyAndReferrerPolicy() {
        for (ApiClient.Response response : List.of(anonymous().header("Accept", "text/html").get("/login"),
                api("editor").header("Accept", "text/html").get("/inbox"), api("editor").get("/api/me"),
                anonymous().get("/api/me"))) {
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as(response.toString()).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                    "frame-ancestors 'self'", "base-uri 'self'", "form-action 'self'");
            String scripts = csp.replaceAll(".*script-src ([^;]*).*", "$1");
            assertThat(scripts).doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(response.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
        }
    }

    @Test
    void overTlsThroughTheProxyHstsIsSentAndTheSessionCookieIsSecure() {
        ApiClient tls = ApiClient.as(port, "editor").header("X-Forwarded-Proto", "https");
        ApiClient.Response response = tls.get("/api/me");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        String cookie = response.headers().get("Set-Cookie").stream().filter(c -> c.startsWith("BULLETIN_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
        String plain = ApiClient.as(port, "editor").get("/api/me").headers().get("Set-Cookie").stream()
                .filter(c -> c.startsWith("BULLETIN_SESSION=")).findFirst().orElseThrow();
        assertThat(plain).contains("HttpOnly").doesNotContain("Secure");
    }

    @Test
    void theOpenApiDescriptionAndSwaggerUiNeedALogin() {
        assertThat(anonymous().get("/api/openapi").status()).isEqualTo(401);
        assertThat(anonymous().header("Accept", "text/html").get("/api/docs").status()).isIn(302, 401);
        assertThat(api("gat").get("/api/openapi").status()).isEqualTo(200);
    }

    @Test
    void noTemplateCarriesInlineScriptOrHandlers() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> templates = files.filter(path -> path.toString().endsWith(".html")).toList();
            assertThat(templates).hasSizeGreaterThan(20);
            for (Path template : templates) {
                assertThat(INLINE_SCRIPT.matcher(Files.readString(template)).find()).as(template.toString()).isFalse();
            }
        }
    }

    @Test
    void aSessionWithABogusAuthorizationHeaderIsNotExemptFromCsrfAndTheRefusalNamesTheUser() {
        ApiClient login = ApiClient.as(port, "editor2");
        assertThat(login.get("/api/me").status()).isEqualTo(200);
        ApiClient bearer = login.withAuthorization("Bearer forged-token");
        ApiClient.Response refused = bearer.post("/api/notices/read-all", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(login.sessionOnly().post("/api/notices/read-all", null).status()).as("cookie alone").isEqualTo(403);
        var denied = api("auditor").get("/api/audit/log?action=ACCESS_DENIED&actor=editor2").json().get("items");
        assertThat(denied.findValuesAsString("detail")).anyMatch(detail -> detail.contains("/api/notices/read-all")
                && detail.contains("CSRF"));

        ApiClient wrongPassword = login.withAuthorization(basic("editor2", "not-the-password"));
        assertThat(wrongPassword.post("/api/notices/read-all", null).status()).isEqualTo(401);
        ApiClient otherUser = login.withAuthorization(basic("editor", "Demo@2026"));
        assertThat(otherUser.post("/api/notices/read-all", null).status()).as("verified Basic of another user")
                .isEqualTo(204);
        assertThat(login.post("/api/notices/read-all", null).status()).as("verified Basic, same session").isEqualTo(204);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefused() {
        ApiClient browser = ApiClient.as(port, "editor");
        browser.get("/api/me");
        ApiClient.Response refused = browser.sessionOnly().header("Accept", "text/html")
                .raw("POST", "/notices/read-all", "application/x-www-form-urlencoded", "x=1");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(anonymous().raw("POST", "/login", "application/x-www-form-urlencoded",
                "username=editor&password=Demo%402026").status()).isEqualTo(403);
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
