package cn.scgov.bulletin.shared;

import java.util.List;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's caches, each local to a node (Caffeine) and bounded. Caches of data that can change
 * have a row in {@code cache_generation} and are kept right across nodes by {@link SharedCaches}; an
 * issue's outline never changes once the issue is open, so its cache needs no generation.
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    static final List<String> NAMES = List.of("bulletins", "departments", "accounts", "issue-proposals",
            "issue-outlines");

    @Bean
    CacheManager cacheManager() {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setCaffeine(Caffeine.newBuilder().maximumSize(10_000).recordStats());
        manager.setCacheNames(NAMES);
        return manager;
    }
}
