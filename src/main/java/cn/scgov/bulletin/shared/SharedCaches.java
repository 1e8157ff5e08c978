package cn.scgov.bulletin.shared;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.support.AbstractCacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The cache manager: local caches (Caffeine, see {@link CacheConfiguration}) kept right across the nodes that
 * share one database. Code uses them through {@code @Cacheable} and {@code @CacheEvict} only. A cache with a
 * row in {@code cache_generation} is shared: an eviction ({@code @CacheEvict}, whole cache) bumps that row as
 * the last statement of the changing transaction (so it commits or rolls back with the change) and clears
 * this node's copy now and once the transaction ends. Before a node reads a shared cache it compares the
 * stored generations with the ones it saw last and clears every cache whose generation moved: once per HTTP
 * request (a change made on node A is seen by node B at its next request), and at most
 * {@value #UNBOUND_CHECK_MILLIS} ms apart on threads outside requests (engine jobs, schedules). A value
 * loaded while its cache was cleared is handed out but not kept. Other caches are this node's only.
 */
public class SharedCaches extends AbstractCacheManager {

    static final long UNBOUND_CHECK_MILLIS = 1_000;
    private static final String CHECKED = SharedCaches.class.getName() + ".CHECKED";

    private final CaffeineCacheManager local;
    private final Set<String> shared;
    private final JdbcClient jdbc;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private volatile long checkedAt;

    SharedCaches(CaffeineCacheManager local, Collection<String> shared, JdbcClient jdbc) {
        this.local = local;
        this.shared = Set.copyOf(shared);
        this.jdbc = jdbc;
    }

    @Override
    protected Collection<? extends Cache> loadCaches() {
        return local.getCacheNames().stream().map(name -> {
            Cache cache = local.getCache(name);
            return shared.contains(name) ? new SharedCache((CaffeineCache) cache) : cache;
        }).toList();
    }

    /** Clears every cache whose generation another node (or this one) moved since this node last looked. */
    void checkGenerations() {
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
            if ((before == null || before != generation) && getCache(name) instanceof SharedCache cache) {
                cache.clearHere();
            }
            return name;
        }).list();
    }

    /**
     * Records that what the cache holds changed in the current transaction (or now, outside one): every
     * node drops its copy of the whole cache.
     */
    private void changed(SharedCache cache) {
        cache.clearHere();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump(cache.getName());
            return;
        }
        PendingBumps pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingBumps.class::isInstance).map(PendingBumps.class::cast).findFirst().orElse(null);
        if (pending == null) {
            // One per transaction (a suspended outer transaction keeps its own).
            pending = new PendingBumps();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.caches.add(cache);
    }

    /** The caches a transaction changed: bumped last before it commits, cleared here once it ends. */
    private final class PendingBumps implements TransactionSynchronization {

        private final Set<SharedCache> caches = new HashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            // Last in the transaction, so the generation rows are locked only briefly (in a fixed order).
            caches.stream().map(SharedCache::getName).sorted().forEach(SharedCaches.this::bump);
        }

        @Override
        public void afterCompletion(int status) {
            caches.forEach(SharedCache::clearHere);
        }
    }

    private void bump(String cacheName) {
        jdbc.sql("UPDATE cache_generation SET generation = generation + 1 WHERE name = :name")
                .param("name", cacheName).update();
    }

    /**
     * A shared cache: reads check the generations first; any eviction is a change of the whole cache on every
     * node. Read it with {@code @Cacheable(sync = true)}, so that a value loaded across a clear is not kept.
     * Still a {@link CaffeineCache}, so its statistics are in the metrics.
     */
    private final class SharedCache extends CaffeineCache {

        /** Moves at every clear of this node's copy. */
        private final AtomicLong clears = new AtomicLong();

        SharedCache(CaffeineCache cache) {
            super(cache.getName(), cache.getNativeCache(), cache.isAllowNullValues());
        }

        void clearHere() {
            clears.incrementAndGet();
            super.clear();
        }

        @Override
        protected Object lookup(Object key) {
            checkGenerations();
            return super.lookup(key);
        }

        @Override
        public <T> T get(Object key, Callable<T> valueLoader) {
            checkGenerations();
            long before = clears.get();
            T value = super.get(key, valueLoader);
            if (clears.get() != before) {
                // Loaded while the cache was cleared: possibly from before the change.
                super.evict(key);
            }
            return value;
        }

        @Override
        public CompletableFuture<?> retrieve(Object key) {
            checkGenerations();
            return super.retrieve(key);
        }

        @Override
        public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
            checkGenerations();
            return super.retrieve(key, valueLoader);
        }

        @Override
        public void evict(Object key) {
            changed(this);
        }

        @Override
        public boolean evictIfPresent(Object key) {
            changed(this);
            return true;
        }

        @Override
        public void clear() {
            changed(this);
        }

        @Override
        public boolean invalidate() {
            changed(this);
            return true;
        }
    }
}
