package cn.scgov.bulletin.shared;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Local caches (Spring's cache abstraction over Caffeine, see {@link CacheConfiguration}) kept right
 * across the nodes that share one database. A change calls {@link #changed}: it bumps the cache's row of
 * {@code cache_generation} as the last statement of the changing transaction (so it commits or rolls back
 * with the change) and clears this node's copy. Before a node reads a cache it compares the stored
 * generations with the ones it saw last and clears every cache whose generation moved: once per HTTP
 * request (a change made on node A is seen by node B at its next request), and at most
 * {@value #UNBOUND_CHECK_MILLIS} ms apart on threads outside requests (engine jobs, schedules).
 */
@Component
public class SharedCaches {

    static final long UNBOUND_CHECK_MILLIS = 1_000;
    private static final String CHECKED = SharedCaches.class.getName() + ".CHECKED";

    private final CacheManager caches;
    private final JdbcClient jdbc;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private volatile long checkedAt;

    SharedCaches(CacheManager caches, JdbcClient jdbc) {
        this.caches = caches;
        this.jdbc = jdbc;
    }

    /** The cached value of the key, loaded (and kept) when absent; null values are kept too. */
    @SuppressWarnings("unchecked")
    public <T> T get(String cacheName, Object key, Supplier<T> loader) {
        checkGenerations();
        return (T) cache(cacheName).get(key, loader::get);
    }

    /** Drops one key from this node's copy (for values found unfit to keep after loading). */
    public void evict(String cacheName, Object key) {
        cache(cacheName).evict(key);
    }

    /**
     * Records that what the cache holds changed in the current transaction (or now, outside one): every
     * node drops its copy of the whole cache.
     */
    public void changed(String cacheName) {
        cache(cacheName).clear();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump(cacheName);
            return;
        }
        PendingBumps pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingBumps.class::isInstance).map(PendingBumps.class::cast).findFirst().orElse(null);
        if (pending == null) {
            // One per transaction (a suspended outer transaction keeps its own).
            pending = new PendingBumps();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.names.add(cacheName);
    }

    /** The caches a transaction changed: bumped last before it commits, cleared here once it ends. */
    private final class PendingBumps implements TransactionSynchronization {

        private final Set<String> names = new HashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // Last in the transaction, so the generation rows are locked only briefly (in a fixed order).
            names.stream().sorted().forEach(SharedCaches.this::bump);
        }

        @Override
        public void afterCompletion(int status) {
            names.forEach(name -> cache(name).clear());
        }
    }

    /** Clears every cache whose generation another node (or this one) moved since this node last looked. */
    public void checkGenerations() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            if (request.getAttribute(CHECKED, RequestAttributes.SCOPE_REQUEST) != null) {
                return;
            }
            request.setAttribute(CHECKED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        } else if (System.currentTimeMillis() - checkedAt < UNBOUND_CHECK_MILLIS) {
            return;
        }
        checkedAt = System.currentTimeMillis();
        jdbc.sql("SELECT name, generation FROM cache_generation").query((rs, n) -> {
            String name = rs.getString(1);
            long generation = rs.getLong(2);
            Long before = seen.put(name, generation);
            if (before == null || before != generation) {
                Cache cache = caches.getCache(name);
                if (cache != null) {
                    cache.clear();
                }
            }
            return name;
        }).list();
    }

    private void bump(String cacheName) {
        jdbc.sql("UPDATE cache_generation SET generation = generation + 1 WHERE name = :name")
                .param("name", cacheName).update();
    }

    private Cache cache(String name) {
        Cache cache = caches.getCache(name);
        if (cache == null) {
            throw new IllegalArgumentException("No such cache: " + name);
        }
        return cache;
    }
}
