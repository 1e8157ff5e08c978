package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Logins, lockout, password changes and CSRF, as a user and an attacker would meet them. */
class AccountSecurityTests extends ApiTestSupport {

    private static final AtomicInteger USERS = new AtomicInteger();

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    CredentialRequests credentialRequests;

    @Autowired
    Credentials credentials;

    private String oneTimePassword;

    @Value("${server.servlet.session.timeout}")
    String sessionTimeout;

    @Test
    void accountIsLockedAfterFiveWrongPasswordsUntilTheSecurityAdministratorUnlocksIt() {
        String username = newUser("Start@2026", false);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new ApiClient(port, username, "wrong-" + attempt).get("/api/me").status()).isEqualTo(401);
        }
        ApiClient.Response locked = new ApiClient(port, username, "Start@2026").get("/api/me");
        assertThat(locked.status()).isEqualTo(401);
        // Issue 9 (point 5): a locked account answers exactly like an unknown name or a wrong password.
        ApiClient.Response unknown = new ApiClient(port, "nobody-" + username, "Start@2026").get("/api/me");
        assertThat(locked.body()).isEqualTo(unknown.body());

        var log = api("auditor").get("/api/audit/log?actor=" + username).json().get("items");
        assertThat(log.findValuesAsString("action")).contains("LOGIN_FAILED", "ACCOUNT_LOCKED");

        assertThat(api("secadmin").post("/api/users/" + username + "/unlock", null).status()).isEqualTo(200);
        assertThat(new ApiClient(port, username, "Start@2026").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void loginsAreAudited() {
        String username = newUser("Start@2026", false);
        assertThat(new ApiClient(port, username, "Start@2026").get("/api/me").status()).isEqualTo(200);
        var actions = api("auditor").get("/api/audit/log?actor=" + username).json().get("items").findValuesAsString("action");
        assertThat(actions).contains("LOGIN");
    }

    @Test
    void anAdministratorIssuedPasswordMustBeChangedBeforeAnythingElse() {
        String username = newUser(null, true);
        ApiClient client = new ApiClient(port, username, oneTimePassword);
        assertThat(client.get("/api/me").status()).isEqualTo(200);
        ApiClient.Response refused = client.get("/api/inbox");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("修改");

        assertThat(client.post("/api/me/password", Map.of("currentPassword", oneTimePassword, "newPassword", "short"))
                .status()).isEqualTo(400);
        assertThat(client.post("/api/me/password", Map.of("currentPassword", oneTimePassword, "newPassword", "Better@2027"))
                .status()).isEqualTo(204);
        assertThat(new ApiClient(port, username, "Better@2027").get("/api/inbox").status()).isEqualTo(200);
        assertThat(new ApiClient(port, username, oneTimePassword).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=editor&password=Demo%402026")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void threeAdministrativeDutiesCannotBeHeldTogetherOrWithBusinessRoles() {
        String username = newUser("Start@2026", false);
        int version = administration.user(user("secadmin"), username).version();
        ApiClient.Response mixed = api("secadmin").put("/api/users/" + username + "/roles",
                Map.of("roles", java.util.List.of("SYSADMIN", "AUDITOR"), "version", version));
        assertThat(mixed.status()).isEqualTo(400);
        ApiClient.Response withBusiness = api("secadmin").put("/api/users/" + username + "/roles",
                Map.of("roles", java.util.List.of("AUDITOR", "EDITOR"), "version", version));
        assertThat(withBusiness.status()).isEqualTo(400);
        assertThat(api("secadmin").put("/api/users/secadmin/roles",
                Map.of("roles", java.util.List.of("SECADMIN", "AUDITOR"), "version", 0)).status()).isEqualTo(403);
        assertThat(api("sysadmin").put("/api/users/" + username + "/roles",
                Map.of("roles", java.util.List.of("EDITOR"), "version", version)).status()).isEqualTo(403);
    }

    @Test
    void aRoleChangeOrADisabledAccountAppliesToAnOpenSessionAtItsNextRequest() {
        String username = newUser("Start@2026", false);
        ApiClient client = new ApiClient(port, username, "Start@2026");
        assertThat(client.get("/api/me").json().get("roles").toString()).contains("SUBMITTER");
        assertThat(client.get("/api/issues/1/contributions/mine").status()).isNotEqualTo(403);

        int version = administration.user(user("secadmin"), username).version();
        assertThat(api("secadmin").put("/api/users/" + username + "/roles",
                Map.of("roles", java.util.List.of("RECIPIENT"), "version", version)).status()).isEqualTo(200);
        assertThat(client.get("/api/me").json().get("roles").toString()).contains("RECIPIENT").doesNotContain("SUBMITTER");
        assertThat(client.get("/api/issues/1/contributions/mine").status()).isEqualTo(403);

        var account = administration.user(user("sysadmin"), username);
        administration.updateUser(user("sysadmin"), username, new DirectoryAdministration.UserProfile(account.displayName(),
                account.departmentCode(), false, account.version()));
        assertThat(client.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void idleSessionsExpireAfterThirtyMinutes() {
        assertThat(sessionTimeout).isEqualTo("30m");
    }

    private String newUser(String password, boolean mustChange) {
        String username = "user" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Accounts accounts = new Accounts(administration, credentialRequests, credentials, directory);
        if (mustChange) {
            oneTimePassword = accounts.createWithOneTimePassword(username, "测试用户𠀀", "gat", java.util.EnumSet.of(Role.SUBMITTER));
        } else {
            accounts.create(username, "测试用户𠀀", "gat", java.util.EnumSet.of(Role.SUBMITTER), password);
        }
        return username;
    }
}
