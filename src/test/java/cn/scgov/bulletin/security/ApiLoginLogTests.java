package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;

/**
 * An API client that sends HTTP Basic and never keeps the cookie logs in on every request: the process log gets
 * one 登录 line per account and client address within bulletin.security.api-login-log-window (30 minutes), while
 * every failed login is still a line of its own.
 */
class ApiLoginLogTests extends ApiTestSupport {

    @Test
    void aCookielessClientIsLoggedOncePerWindowAndEveryFailureEachTime() {
        String address = "10.77." + ThreadLocalRandom.current().nextInt(1, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 4; i++) {
            assertThat(cookieless("gat2", "Demo@2026", address).get("/api/me").status()).isEqualTo(200);
        }
        assertThat(lines("LOGIN", "gat2", address)).isEqualTo(1);

        // Another address, another account: each is a login of its own.
        String other = address.replace("10.77.", "10.78.");
        assertThat(cookieless("gat2", "Demo@2026", other).get("/api/me").status()).isEqualTo(200);
        assertThat(cookieless("jtyst", "Demo@2026", address).get("/api/me").status()).isEqualTo(200);
        assertThat(lines("LOGIN", "gat2", other)).isEqualTo(1);
        assertThat(lines("LOGIN", "jtyst", address)).isEqualTo(1);
        assertThat(lines("LOGIN", "gat2", address)).isEqualTo(1);

        // Failures are never folded.
        for (int i = 0; i < 2; i++) {
            assertThat(cookieless("gat2", "Wrong@2026", address).get("/api/me").status()).isEqualTo(401);
        }
        assertThat(lines("LOGIN_FAILED", "gat2", address)).isEqualTo(2);
        assertThat(cookieless("gat2", "Demo@2026", address).get("/api/me").status()).isEqualTo(200);
        assertThat(lines("LOGIN", "gat2", address)).isEqualTo(1);

        // After the window the next login is written again.
        jobs.moveClockBy(Duration.ofMinutes(31));
        assertThat(cookieless("gat2", "Demo@2026", address).get("/api/me").status()).isEqualTo(200);
        assertThat(cookieless("gat2", "Demo@2026", address).get("/api/me").status()).isEqualTo(200);
        assertThat(lines("LOGIN", "gat2", address)).isEqualTo(2);
    }

    /** A fresh client for every request: no cookie, the Basic header only, through the trusted local proxy. */
    private ApiClient cookieless(String username, String password, String address) {
        return new ApiClient(port, username, password).header("X-Forwarded-For", address);
    }

    private long lines(String action, String actor, String address) {
        return api("auditor").get("/api/audit/log?size=50&action=" + action + "&actor=" + actor).json().get("items")
                .findValuesAsString("sourceAddress").stream().filter(address::equals).count();
    }
}
