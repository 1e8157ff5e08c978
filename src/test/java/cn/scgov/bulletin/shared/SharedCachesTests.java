package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cache manager keeps no value that was loaded while its cache was being cleared (a change committed
 * meanwhile), and an eviction is a new generation every node sees.
 */
class SharedCachesTests {

    private JdbcClient jdbc;
    private SharedCaches caches;

    @BeforeEach
    void caches() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:shared-caches-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE cache_generation (name VARCHAR(64) PRIMARY KEY, generation BIGINT NOT NULL)").update();
        jdbc.sql("INSERT INTO cache_generation (name, generation) VALUES ('names', 0)").update();
        CaffeineCacheManager local = new CaffeineCacheManager();
        local.setCaffeine(Caffeine.newBuilder().maximumSize(100));
        local.setCacheNames(List.of("names", "outlines"));
        caches = new SharedCaches(local, List.of("names"), jdbc);
        caches.afterPropertiesSet();
    }

    @Test
    void aValueLoadedWhileTheCacheIsClearedIsHandedOutButNotKept() throws Exception {
        Cache names = caches.getCache("names");
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch changed = new CountDownLatch(1);
        CompletableFuture<String> stale = CompletableFuture.supplyAsync(() -> names.get("gat", () -> {
            loading.countDown();
            changed.await(10, TimeUnit.SECONDS);
            return "公安厅（旧名）";
        }));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
        names.clear();
        changed.countDown();
        assertThat(stale.get(10, TimeUnit.SECONDS)).isEqualTo("公安厅（旧名）");

        AtomicInteger loads = new AtomicInteger();
        assertThat(names.get("gat", () -> {
            loads.incrementAndGet();
            return "公安厅";
        })).isEqualTo("公安厅");
        assertThat(loads).hasValue(1);
    }

    @Test
    void anEvictionMovesTheGenerationAndALocalCacheHasNone() {
        caches.getCache("names").evict("gat");
        caches.getCache("outlines").evict(1L);
        assertThat(jdbc.sql("SELECT generation FROM cache_generation WHERE name = 'names'").query(Long.class).single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM cache_generation").query(Long.class).single()).isEqualTo(1L);
    }
}
