package cn.scgov.bulletin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules for clients and sessions ({@code bulletin.security.*}, defaults in {@code application.yml}); the
 * rules for accounts and passwords are the directory's.
 *
 * @param loginThrottle         failed logins per client address
 * @param apiRateLimit          API requests per client address
 * @param maxSessionsPerAccount a new login beyond this many ends the account's oldest session
 * @param apiLoginLogWindow     an HTTP Basic login is logged once per account and address within this window (0: always)
 */
@ConfigurationProperties("bulletin.security")
record SecuritySettings(FailedLogins loginThrottle, ApiRequests apiRateLimit, int maxSessionsPerAccount,
        Duration apiLoginLogWindow) {

    /**
     * @param maxFailures this many failed logins from one address within {@code window} block it (0: no limit)
     * @param window      the window failures are counted in
     * @param block       how long the address is blocked
     */
    record FailedLogins(int maxFailures, Duration window, Duration block) {
    }

    /** @param perMinute API requests per address and minute (0: no limit) */
    record ApiRequests(int perMinute) {
    }
}
