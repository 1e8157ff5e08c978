package cn.scgov.bulletin.shared;

import java.util.List;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's caches, used through {@code @Cacheable} / {@code @CacheEvict}: each local to a node
 * (Caffeine) and bounded. Caches of data that can change are {@link #SHARED}: each has a row in
 * {@code cache_generation} and is kept right across nodes by {@link SharedCaches}. The others hold what
 * never changes once cached (an open issue's outline) or what only this node knows (the Basic credentials
 * verified in its sessions).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

    /** Bulletin definitions, departments, the names of actors in the process log, proposed issue lines. */
    static final List<String> SHARED = List.of("bulletins", "departments", "accounts", "issue-proposals");

    static final List<String> LOCAL = List.of("issue-outlines");

    /** Digests of the HTTP Basic credentials verified in this node's sessions (security.BasicApiAuthenticationFilter). */
    private static final String API_BASIC_DIGESTS = "api-basic-digests";

    @Bean
    CacheManager cacheManager(JdbcClient jdbc) {
        CaffeineCacheManager local = new CaffeineCacheManager();
        local.setCaffeine(Caffeine.newBuilder().maximumSize(10_000).recordStats());
        local.setCacheNames(Stream.concat(SHARED.stream(), LOCAL.stream()).toList());
        local.registerCustomCache(API_BASIC_DIGESTS, Caffeine.newBuilder().maximumSize(20_000).recordStats().build());
        return new SharedCaches(local, SHARED, jdbc);
    }
}
