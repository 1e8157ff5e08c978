package cn.scgov.bulletin.security;

import java.time.Duration;
import java.time.Instant;

import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address, beside the lockout per account: {@code max-failures} failures within
 * {@code window} block logins from that address for {@code block}. The counters are rows in the database,
 * so every node counts the same failures and blocks the same addresses.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration window;
    private final Duration block;

    LoginThrottle(JdbcClient jdbc, TimeSource time, ApplicationEventPublisher events,
            SecuritySettings settings) {
        this.jdbc = jdbc;
        this.time = time;
        this.events = events;
        this.maxFailures = settings.loginThrottle().maxFailures();
        this.window = settings.loginThrottle().window();
        this.block = settings.loginThrottle().block();
    }

    boolean enabled() {
        return maxFailures > 0;
    }

    /** Whether logins from the address are blocked now. */
    boolean blocked(String address) {
        if (!enabled() || address == null) {
            return false;
        }
        Instant now = time.now();
        return jdbc.sql("SELECT blocked_until FROM login_throttle WHERE client_address = :address")
                .param("address", address).query((rs, n) -> Sql.instant(rs, "blocked_until")).optional()
                .map(until -> until != null && until.isAfter(now)).orElse(false);
    }

    Duration blockDuration() {
        return block;
    }

    void recordFailure(String address) {
        if (!enabled() || address == null) {
            return;
        }
        Instant now = time.now();
        if (count(address, now) == 0) {
            try {
                jdbc.sql("INSERT INTO login_throttle (client_address, window_start, failures) VALUES (:address, :now, 1)")
                        .param("address", address).param("now", Sql.timestamp(now)).update();
            } catch (DuplicateKeyException e) {
                count(address, now);
            }
        }
        int blocked = jdbc.sql("UPDATE login_throttle SET blocked_until = :until WHERE client_address = :address"
                + " AND failures >= :max AND (blocked_until IS NULL OR blocked_until < :now)")
                .param("address", address).param("until", Sql.timestamp(now.plus(block))).param("max", maxFailures)
                .param("now", Sql.timestamp(now)).update();
        if (blocked > 0) {
            events.publishEvent(ProcessLogged.of(SecurityAction.LOGIN_THROTTLED, null, "来自 " + address + " 的登录失败 "
                    + maxFailures + " 次，暂停该地址登录 " + block.toMinutes() + " 分钟"));
        }
    }

    /** Adds a failure to the address's window (a new window once the old one is over); 0 when it has no row yet. */
    private int count(String address, Instant now) {
        return jdbc.sql("UPDATE login_throttle SET"
                + " failures = CASE WHEN window_start < :cutoff THEN 1 ELSE failures + 1 END,"
                + " window_start = CASE WHEN window_start < :cutoff THEN :now ELSE window_start END"
                + " WHERE client_address = :address").param("address", address)
                .param("cutoff", Sql.timestamp(now.minus(window))).param("now", Sql.timestamp(now)).update();
    }
}
