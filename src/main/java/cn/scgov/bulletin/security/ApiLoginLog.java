package cn.scgov.bulletin.security;

import java.time.Duration;
import java.time.Instant;

import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides whether a successful HTTP Basic login is written to the process log. An API client that keeps no cookie
 * authenticates on every request; writing a 登录 line each time buries the log. Such a login is written when the
 * same account has not logged in by Basic from the same client address within {@code window} (default 30 minutes,
 * the session idle timeout), across every node (the last time is a row per account and address, claimed with one
 * conditional statement, so two nodes never both write it). Form logins, logins with a one-time password and every
 * failed login are always written.
 */
@Component
class ApiLoginLog {

    private final JdbcClient jdbc;
    private final TimeSource time;
    private final Duration window;

    ApiLoginLog(JdbcClient jdbc, TimeSource time,
            SecuritySettings settings) {
        this.jdbc = jdbc;
        this.time = time;
        this.window = settings.apiLoginLogWindow();
    }

    /** Whether this Basic login is the first of the account from the address within the window (and claims it). */
    boolean firstInWindow(String username, String address) {
        if (window.isZero() || window.isNegative()) {
            return true;
        }
        String from = address == null ? "" : address;
        Instant now = time.now();
        int claimed = jdbc.sql("UPDATE api_login_seen SET logged_at = :now WHERE username = :username"
                + " AND client_address = :address AND (logged_at <= :cutoff OR logged_at > :now)")
                .param("now", Sql.timestamp(now)).param("username", username).param("address", from)
                .param("cutoff", Sql.timestamp(now.minus(window))).update();
        if (claimed > 0) {
            return true;
        }
        boolean seen = jdbc.sql("SELECT COUNT(*) FROM api_login_seen WHERE username = :username AND client_address = :address")
                .param("username", username).param("address", from).query(Long.class).single() > 0;
        if (seen) {
            return false;
        }
        try {
            jdbc.sql("INSERT INTO api_login_seen (username, client_address, logged_at) VALUES (:username, :address, :now)")
                    .param("username", username).param("address", from).param("now", Sql.timestamp(now)).update();
            return true;
        } catch (DuplicateKeyException concurrent) {
            return false;
        }
    }
}
