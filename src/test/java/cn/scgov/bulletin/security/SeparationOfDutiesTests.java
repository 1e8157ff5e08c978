package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 三员分立 (issue 9, point 1): no one of the three administrators can act as another or as any user. A
 * password is a one-time password of two parts, the system administrator's and the security
 * administrator's; it opens one login, must be changed at once, and its owner and the auditors are told.
 */
class SeparationOfDutiesTests extends ApiTestSupport {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Autowired
    JdbcClient jdbc;

    /** The path of the assessment: sysadmin creates → secadmin grants a role → sysadmin resets and tries to use it. */
    @Test
    void sysadminCreatesSecadminGrantsSysadminResetsAndStillCannotUseTheAccount() {
        String username = "clerk" + UNIQUE.incrementAndGet() + "x" + System.nanoTime() % 10000;
        ApiClient.Response created = api("sysadmin").post("/api/users",
                Map.of("username", username, "displayName", "新编辑", "departmentCode", "bgs"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String firstPart = created.json().get("firstPart").get("part").asString();
        assertThat(firstPart).hasSize(8);
        assertThat(created.json().get("account").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(login(username, firstPart)).isEqualTo(401);

        int version = api("secadmin").get("/api/users/" + username).json().get("version").asInt();
        assertThat(api("secadmin").put("/api/users/" + username + "/roles",
                Map.of("roles", List.of("EDITOR"), "version", version)).status()).isEqualTo(200);
        assertThat(login(username, firstPart)).as("part one alone").isEqualTo(401);

        ApiClient.Response reset = api("sysadmin").post("/api/users/" + username + "/password-reset", null);
        assertThat(reset.status()).isEqualTo(202);
        String resetPart = reset.json().get("part").asString();
        assertThat(login(username, resetPart)).isEqualTo(401);
        assertThat(api("sysadmin").post("/api/users/" + username + "/password-reset/confirm", null).status())
                .as("the system administrator cannot confirm").isEqualTo(403);
        assertThat(login(username, resetPart)).isEqualTo(401);

        ApiClient.Response confirmed = api("secadmin").post("/api/users/" + username + "/password-reset/confirm", null);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        String secondPart = confirmed.json().get("part").asString();
        assertThat(login(username, resetPart)).as("either part alone").isEqualTo(401);
        assertThat(login(username, secondPart)).isEqualTo(401);
        assertThat(login(username, firstPart + secondPart)).as("the superseded first part").isEqualTo(401);

        ApiClient owner = new ApiClient(port, username, resetPart + secondPart);
        assertThat(owner.get("/api/me").status()).isEqualTo(200);
        assertThat(owner.get("/api/issues").status()).as("must change the password first").isEqualTo(403);
        assertThat(login(username, resetPart + secondPart)).as("one login only").isEqualTo(401);
        assertThat(owner.post("/api/me/password", Map.of("currentPassword", resetPart + secondPart,
                "newPassword", "Qingshui#2031")).status()).isEqualTo(204);
        assertThat(login(username, "Qingshui#2031")).isEqualTo(200);

        List<String> steps = actions("actor=sysadmin&action=CREDENTIAL_REQUESTED");
        assertThat(steps).anyMatch(detail -> detail.startsWith(username + "：新账户初始密码"))
                .anyMatch(detail -> detail.startsWith(username + "：重置密码"));
        assertThat(actions("actor=secadmin&action=CREDENTIAL_CONFIRMED")).anyMatch(detail -> detail.startsWith(username));
        assertThat(notices(username)).anyMatch(text -> text.contains("申请为账户 " + username))
                .anyMatch(text -> text.contains("已确认为账户 " + username));
        assertThat(notices("auditor")).anyMatch(text -> text.contains("已确认为账户 " + username));
    }

    @Test
    void sysadminCannotTakeOverTheAuditorsOrTheSecurityAdministratorsAccount() {
        for (String target : List.of("auditor", "secadmin")) {
            ApiClient.Response reset = api("sysadmin").post("/api/users/" + target + "/password-reset", null);
            assertThat(reset.status()).isEqualTo(202);
            String part = reset.json().get("part").asString();
            assertThat(login(target, part)).isEqualTo(401);
            assertThat(login(target, "Demo@2026")).as("the password holds until confirmed").isEqualTo(200);
            assertThat(api("sysadmin").post("/api/users/" + target + "/password-reset/confirm", null).status()).isEqualTo(403);
            assertThat(notices(target)).anyMatch(text -> text.contains("申请为账户 " + target));
            assertThat(api("sysadmin").post("/api/users/" + target + "/password-reset/cancel", null).status()).isEqualTo(204);
        }
        assertThat(api("secadmin").post("/api/users/secadmin/password-reset/confirm", null).status())
                .as("nobody confirms their own").isEqualTo(403);
        assertThat(api("sysadmin").get("/api/audit/log").status()).isEqualTo(403);
        assertThat(api("sysadmin").put("/api/users/auditor/roles", Map.of("roles", List.of("SYSADMIN"), "version", 0))
                .status()).isEqualTo(403);
    }

    @Test
    void nobodyAsksForTheirOwnPasswordAndOnlyTheRightDutyActs() {
        assertThat(api("sysadmin").post("/api/users/sysadmin/password-reset", null).status()).isEqualTo(403);
        assertThat(api("secadmin").post("/api/users/gat2/password-reset", null).status())
                .as("the security administrator does not ask for passwords").isEqualTo(403);
        assertThat(api("auditor").post("/api/users/gat2/password-reset", null).status()).isEqualTo(403);
        assertThat(api("sysadmin").post("/api/users/gat2/password-reset", null).status()).isEqualTo(202);
        assertThat(api("auditor").post("/api/users/gat2/password-reset/confirm", null).status()).isEqualTo(403);
        assertThat(api("editor").post("/api/users/gat2/password-reset/confirm", null).status()).isEqualTo(403);
        assertThat(api("secadmin").post("/api/users/gat2/password-reset/cancel", null).status()).isEqualTo(204);
        assertThat(api("secadmin").post("/api/users/gat2/password-reset/confirm", null).status())
                .as("nothing left to confirm").isEqualTo(409);
        assertThat(login("gat2", "Demo@2026")).isEqualTo(200);
        assertThat(actions("actor=secadmin&action=CREDENTIAL_CANCELLED")).anyMatch(detail -> detail.equals("gat2"));
    }

    @Test
    void aConfirmedResetEndsTheOwnersSessionsAndTheOneTimePasswordExpires() {
        String username = "reset" + UNIQUE.incrementAndGet() + "x" + System.nanoTime() % 10000;
        String firstPart = api("sysadmin").post("/api/users", Map.of("username", username, "displayName", "测试",
                "departmentCode", "gat")).json().get("firstPart").get("part").asString();
        String secondPart = api("secadmin").post("/api/users/" + username + "/password-reset/confirm", null).json()
                .get("part").asString();
        ApiClient owner = new ApiClient(port, username, firstPart + secondPart);
        owner.post("/api/me/password", Map.of("currentPassword", firstPart + secondPart, "newPassword", "Hetang#2031"));
        ApiClient session = new ApiClient(port, username, "Hetang#2031");
        assertThat(session.get("/api/me").status()).isEqualTo(200);
        ApiClient browser = session.sessionOnly();
        assertThat(browser.get("/api/me").status()).isEqualTo(200);

        String again = api("sysadmin").post("/api/users/" + username + "/password-reset", null).json().get("part").asString();
        assertThat(browser.get("/api/me").status()).as("a request alone changes nothing").isEqualTo(200);
        String twice = api("secadmin").post("/api/users/" + username + "/password-reset/confirm", null).json()
                .get("part").asString();
        assertThat(browser.get("/api/me").status()).as("the confirmed reset ended the session").isEqualTo(401);
        assertThat(login(username, "Hetang#2031")).isEqualTo(401);

        jobs.moveClockBy(Duration.ofHours(73));
        assertThat(login(username, again + twice)).as("expired after 72 hours").isEqualTo(401);
    }

    private int login(String username, String password) {
        return new ApiClient(port, username, password).get("/api/me").status();
    }

    private List<String> actions(String query) {
        JsonNode items = api("auditor").get("/api/audit/log?size=100&" + query).json().get("items");
        return items.findValuesAsString("detail");
    }

    private List<String> notices(String username) {
        return jdbc.sql("SELECT message FROM notice WHERE recipient = :user").param("user", username).query(String.class).list();
    }
}
