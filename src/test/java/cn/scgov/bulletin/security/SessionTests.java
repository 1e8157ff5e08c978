package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions end when they must (issue 9, point 3): a lock, a disabled account or a new password ends every
 * session of the account at its next request; a role change applies at once; an account holds at most
 * {@code max-sessions-per-account} sessions; the idle timeout stays. Sessions are rows in the database.
 * ({@link MultiNodeSessionTests} checks the same across two nodes.)
 */
class SessionTests extends ApiTestSupport {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String PASSWORD = "Songlin#2030";

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    CredentialRequests credentialRequests;

    @Autowired
    Credentials credentials;

    @Autowired
    JdbcClient jdbc;

    @Value("${bulletin.security.max-sessions-per-account}")
    int maxSessions;

    @Test
    void sessionsAreRowsInTheDatabaseFoundByTheirAccountWithTheIdleTimeout() {
        String username = newSubmitter();
        ApiClient client = new ApiClient(port, username, PASSWORD);
        assertThat(client.get("/api/me").status()).isEqualTo(200);
        assertThat(client.sessionCookie()).startsWith("BULLETIN_SESSION=");
        assertThat(sessionsOf(username)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT MAX_INACTIVE_INTERVAL FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :name")
                .param("name", username).query(Integer.class).single()).isEqualTo(30 * 60);
    }

    @Test
    void aLockBySecurityAdministratorEndsEveryOpenSessionAtItsNextRequest() {
        String username = newSubmitter();
        List<ApiClient> browsers = openSessions(username, 2);
        assertThat(api("secadmin").post("/api/users/" + username + "/lock", null).status()).isEqualTo(200);
        for (ApiClient browser : browsers) {
            ApiClient.Response response = browser.get("/api/inbox");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.json().get("detail").asString()).contains("会话已结束");
        }
        assertThat(sessionsOf(username)).isZero();
        assertThat(new ApiClient(port, username, PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(api("auditor").get("/api/audit/log?action=SESSIONS_ENDED").json().get("items").findValuesAsString("detail"))
                .anyMatch(detail -> detail.startsWith(username + "：账户已被安全管理员锁定"));
    }

    @Test
    void aDisabledAccountsSessionsEndAndItsPagesLeadToTheLoginPage() {
        String username = newSubmitter();
        ApiClient browser = openSessions(username, 1).get(0);
        ApiClient page = browser.sessionOnly().header("Accept", "text/html");
        assertThat(page.get("/inbox").status()).isEqualTo(200);
        UserAccount account = administration.user(user("sysadmin"), username);
        assertThat(api("sysadmin").put("/api/users/" + username, Map.of("displayName", account.displayName(),
                "departmentCode", "gat", "enabled", false, "version", account.version())).status()).isEqualTo(200);
        ApiClient.Response ended = page.get("/inbox");
        assertThat(ended.status()).isEqualTo(302);
        assertThat(ended.header("Location")).endsWith("/login?ended");
        assertThat(browser.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsButKeepsTheOneThatChangedIt() {
        String username = newSubmitter();
        ApiClient other = openSessions(username, 1).get(0);
        ApiClient changer = new ApiClient(port, username, PASSWORD);
        assertThat(changer.get("/api/me").status()).isEqualTo(200);
        String session = changer.sessionCookie();
        assertThat(changer.post("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "Zhuyuan#2031"))
                .status()).isEqualTo(204);
        assertThat(changer.sessionOnly().get("/api/me").status()).as("the session that changed it").isEqualTo(200);
        assertThat(changer.sessionCookie()).isEqualTo(session);
        assertThat(other.get("/api/me").status()).isEqualTo(401);
        assertThat(sessionsOf(username)).isEqualTo(1);
    }

    @Test
    void aRoleChangeAppliesToTheOpenSessionAtItsNextRequest() {
        String username = newSubmitter();
        ApiClient browser = openSessions(username, 1).get(0);
        assertThat(browser.get("/api/me").json().get("roles").toString()).contains("SUBMITTER");
        int version = administration.user(user("secadmin"), username).version();
        assertThat(api("secadmin").put("/api/users/" + username + "/roles",
                Map.of("roles", List.of("RECIPIENT"), "version", version)).status()).isEqualTo(200);
        assertThat(browser.get("/api/me").json().get("roles").toString()).contains("RECIPIENT").doesNotContain("SUBMITTER");
        assertThat(browser.get("/api/issues/1/contributions/mine").status()).isEqualTo(403);
    }

    @Test
    void aRoleChangeAppliesToWhatThePagesShowAtTheNextRequest() {
        String username = newSubmitter();
        ApiClient browser = openSessions(username, 1).get(0);
        setRoles(username, "REVIEWER");
        ApiClient.Response reading = browser.get("/bulletins/1/opening-figures");
        assertThat(reading.status()).isEqualTo(200);
        assertThat(reading.body()).doesNotContain("save-opening-figures");
        setRoles(username, "EDITOR");
        assertThat(browser.get("/bulletins/1/opening-figures").body()).contains("save-opening-figures");
    }

    private void setRoles(String username, String role) {
        int version = administration.user(user("secadmin"), username).version();
        assertThat(api("secadmin").put("/api/users/" + username + "/roles",
                Map.of("roles", List.of(role), "version", version)).status()).isEqualTo(200);
    }

    @Test
    void aNewLoginBeyondTheLimitEndsTheOldestSession() {
        String username = newSubmitter();
        List<ApiClient> browsers = openSessions(username, maxSessions + 1);
        ApiClient oldest = browsers.get(0);
        ApiClient.Response ended = oldest.get("/api/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.json().get("detail").asString()).contains("同时在线的会话数超过上限");
        ApiClient page = browsers.get(1).sessionOnly().header("Accept", "text/html");
        assertThat(page.get("/inbox").status()).isEqualTo(200);
        for (ApiClient newer : browsers.subList(1, browsers.size())) {
            assertThat(newer.get("/api/me").status()).isEqualTo(200);
        }
        // browsers[1] (and its page) is now the least recently used: the next login pushes it out.
        openSessions(username, 1);
        ApiClient.Response pushedOut = page.get("/inbox");
        assertThat(pushedOut.status()).isEqualTo(302);
        assertThat(pushedOut.header("Location")).endsWith("/login?expired");
    }

    @Test
    void theIdleTimeoutIsThirtyMinutesAndConfigured() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE MAX_INACTIVE_INTERVAL <> 1800").query(Long.class)
                .single()).isZero();
    }

    /** Logins that keep only their session cookie afterwards, as a browser does. */
    private List<ApiClient> openSessions(String username, int count) {
        List<ApiClient> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ApiClient login = new ApiClient(port, username, PASSWORD);
            assertThat(login.get("/api/me").status()).isEqualTo(200);
            sessions.add(login.sessionOnly());
        }
        return sessions;
    }

    private long sessionsOf(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :name").param("name", username)
                .query(Long.class).single();
    }

    private String newSubmitter() {
        String username = "sess" + USERS.incrementAndGet() + "x" + System.nanoTime() % 10000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(username, "会话测试", "gat", EnumSet.of(Role.SUBMITTER), PASSWORD);
        return username;
    }
}
