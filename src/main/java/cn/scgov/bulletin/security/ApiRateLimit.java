package cn.scgov.bulletin.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API requests per client address and minute, at most {@code per-minute} (0: no limit). Every node adds
 * its requests to one row per address and minute in the database (after every {@value #SYNC_EVERY}
 * requests, or a second), and decides on the sum of all nodes' requests it has seen plus its own not yet
 * added: the limit holds for the whole cluster, give or take a second's worth of the other nodes' requests.
 */
@Component
class ApiRateLimit {

    static final int SYNC_EVERY = 10;
    private static final long SYNC_NANOS = 1_000_000_000L;

    private final JdbcClient jdbc;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final int perMinute;
    // Not a cache: this node's request counts of the current minute, not yet (or just) added to the database.
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile long cleanedMinute;

    ApiRateLimit(JdbcClient jdbc, TimeSource time, ApplicationEventPublisher events,
            SecuritySettings settings) {
        this.jdbc = jdbc;
        this.time = time;
        this.events = events;
        this.perMinute = settings.apiRateLimit().perMinute();
    }

    private static final class Counter {
        final long minute;
        int pending;
        int known;
        long syncedAt = System.nanoTime();
        boolean reported;

        Counter(long minute) {
            this.minute = minute;
        }
    }

    int perMinute() {
        return perMinute;
    }

    /** Counts the request; false when the address is over its limit for this minute. */
    boolean allow(String address) {
        if (perMinute <= 0 || address == null) {
            return true;
        }
        long minute = time.now().getEpochSecond() / 60;
        cleanUp(minute);
        Counter counter = counters.compute(address, (key, old) -> old == null || old.minute != minute ? new Counter(minute) : old);
        boolean allowed;
        boolean report = false;
        synchronized (counter) {
            counter.pending++;
            if (counter.pending >= SYNC_EVERY || System.nanoTime() - counter.syncedAt > SYNC_NANOS
                    || counter.known + counter.pending > perMinute) {
                sync(address, counter);
            }
            allowed = counter.known + counter.pending <= perMinute;
            if (!allowed && !counter.reported) {
                counter.reported = true;
                report = true;
            }
        }
        if (report) {
            events.publishEvent(ProcessLogged.of(SecurityAction.API_THROTTLED, null, "来自 " + address + " 的接口请求超过每分钟 "
                    + perMinute + " 次，本分钟内其余请求答复 429"));
        }
        return allowed;
    }

    private void sync(String address, Counter counter) {
        int add = counter.pending;
        int updated = jdbc.sql("UPDATE api_throttle SET requests = requests + :add WHERE client_address = :address"
                + " AND window_minute = :minute").param("add", add).param("address", address)
                .param("minute", counter.minute).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO api_throttle (client_address, window_minute, requests) VALUES (:address, :minute, :add)")
                        .param("address", address).param("minute", counter.minute).param("add", add).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE api_throttle SET requests = requests + :add WHERE client_address = :address"
                        + " AND window_minute = :minute").param("add", add).param("address", address)
                        .param("minute", counter.minute).update();
            }
        }
        counter.known = jdbc.sql("SELECT requests FROM api_throttle WHERE client_address = :address AND window_minute = :minute")
                .param("address", address).param("minute", counter.minute).query(Integer.class).optional().orElse(add);
        counter.pending = 0;
        counter.syncedAt = System.nanoTime();
    }

    /** Once a minute: forget earlier minutes here and in the database. */
    private void cleanUp(long minute) {
        if (cleanedMinute == minute) {
            return;
        }
        cleanedMinute = minute;
        counters.values().removeIf(counter -> counter.minute < minute);
        jdbc.sql("DELETE FROM api_throttle WHERE window_minute < :before").param("before", minute - 1).update();
    }

    Instant nextWindow() {
        return Instant.ofEpochSecond((time.now().getEpochSecond() / 60 + 1) * 60);
    }
}
