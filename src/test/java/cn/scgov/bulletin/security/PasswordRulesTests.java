package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.PasswordRules;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The password rules of 等保 (issue 9, point 4): length and character classes, never the account name or
 * a common password, none of the last five, and expiry after 90 days with a warning a week ahead.
 */
// Its own application (the default rules, spelled out): it moves the engine clock by three months, which
// in the shared test application would fire every schedule and deadline the other classes left behind.
@org.springframework.test.context.TestPropertySource(properties = "bulletin.security.password.max-age=90d")
class PasswordRulesTests extends ApiTestSupport {

    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String START = "Lanting#2030";

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    CredentialRequests credentialRequests;

    @Autowired
    Credentials credentials;

    @Autowired
    PasswordRules rules;

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        String username = newUser();
        ApiClient client = new ApiClient(port, username, START);
        Map<String, String> refused = Map.of(
                "abcdefg1", "3 类", "aaaaaaa1", "3 类", "password1", "3 类", "Password1", "常见", "P@ssw0rd!", "常见",
                "Qwerty123", "常见", "Ab1!", "长度", "Aaaa1111!", "连续相同", username + "X1!", "用户名");
        refused.forEach((password, reason) -> {
            ApiClient.Response response = client.post("/api/me/password",
                    Map.of("currentPassword", START, "newPassword", password));
            assertThat(response.status()).as(password).isEqualTo(400);
            assertThat(response.json().get("errors").get("newPassword").asString()).as(password).contains(reason);
        });
        assertThat(client.post("/api/me/password", Map.of("currentPassword", START, "newPassword", "Xiling#2031"))
                .status()).isEqualTo(204);
    }

    @Test
    void noneOfTheLastFivePasswordsComesBack() {
        String username = newUser();
        List<String> passwords = List.of("Baidi#2031", "Jianmen#2031", "Emei#20311", "Qingcheng#2031", "Dujiang#2031");
        String current = START;
        for (String next : passwords) {
            assertThat(change(username, current, next)).isEqualTo(204);
            current = next;
        }
        assertThat(change(username, current, "Dujiang#2031")).as("the current one").isEqualTo(400);
        assertThat(change(username, current, "Emei#20311")).as("two before").isEqualTo(400);
        assertThat(change(username, current, "Baidi#2031")).as("the fifth of the last five").isEqualTo(400);
        assertThat(change(username, current, START)).as("the sixth: allowed again").isEqualTo(204);
    }

    @Test
    void aPasswordExpiresAfterNinetyDaysWithAWarningAWeekAhead() {
        String username = newUser();
        jobs.moveClockBy(Duration.ofDays(85));
        ApiClient page = new ApiClient(port, username, START).header("Accept", "text/html");
        assertThat(page.get("/inbox").body()).contains("data-testid=\"password-expiry\"", "过期");
        assertThat(new ApiClient(port, username, START).get("/api/issues").status()).isEqualTo(200);

        jobs.moveClockBy(Duration.ofDays(6));
        ApiClient expired = new ApiClient(port, username, START);
        ApiClient.Response refused = expired.get("/api/issues");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("密码已过期");
        assertThat(expired.get("/api/me").json().get("mustChangePassword").asBoolean()).isTrue();
        ApiClient.Response toPasswordPage = new ApiClient(port, username, START).header("Accept", "text/html").get("/inbox");
        assertThat(toPasswordPage.status()).isEqualTo(302);
        assertThat(toPasswordPage.header("Location")).contains("/password?expired");
        assertThat(expired.post("/api/me/password", Map.of("currentPassword", START, "newPassword", "Xinjin#2031")).status())
                .isEqualTo(204);
        assertThat(expired.get("/api/issues").status()).isEqualTo(200);
    }

    @Test
    void theRulesAreConfigurable() {
        assertThat(rules.history()).isEqualTo(5);
        assertThat(rules.maxAge()).isEqualTo(Duration.ofDays(90));
        assertThatThrownBy(() -> rules.check("newPassword", "someone", "short1A")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PasswordRules(passwords(6, 3)))
                .hasMessageContaining("min-length");
        PasswordRules allFour = new PasswordRules(passwords(10, 4));
        assertThatThrownBy(() -> allFour.check("p", "someone", "Jinli2031ab")).hasMessageContaining("4 类");
        allFour.check("p", "someone", "Jinli#2031ab");
    }

    private static cn.scgov.bulletin.directory.AccountSettings passwords(int minLength, int minClasses) {
        return new cn.scgov.bulletin.directory.AccountSettings(5, Duration.ofMinutes(15), new cn.scgov.bulletin.directory.AccountSettings.Password(
                minLength, minClasses, 5, Duration.ofDays(90), Duration.ofDays(7), Duration.ofHours(72), ""));
    }

    private int change(String username, String current, String next) {
        return new ApiClient(port, username, current).post("/api/me/password",
                Map.of("currentPassword", current, "newPassword", next)).status();
    }

    private String newUser() {
        String username = "pw" + USERS.incrementAndGet() + "x" + System.nanoTime() % 10000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(username, "密码测试", "gat", EnumSet.of(Role.SUBMITTER), START);
        return username;
    }
}
