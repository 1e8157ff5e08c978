package cn.scgov.bulletin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context its own fresh database: an in-memory H2 database by default,
 * or, when BULLETIN_TEST_DB_URL names a MySQL/MariaDB server (e.g. jdbc:mysql://127.0.0.1:3306/), a
 * new utf8mb4 database on it. Test databases older than a day are dropped on the way.
 * Also shortens the job executor's polling so tests that wait for jobs wait less.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String URL_VARIABLE = "BULLETIN_TEST_DB_URL";
    /** Set (e.g. as a command-line argument) on a second node that must share the first node's database. */
    public static final String JOIN_PROPERTY = "bulletin.test.join-database-url";
    /** Set by a test that checks the throttles with the limits it configures itself. */
    public static final String REAL_LIMITS = "bulletin.test.real-limits";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        String server = System.getenv(URL_VARIABLE);
        String join = context.getEnvironment().getProperty(JOIN_PROPERTY);
        if (join != null) {
            // A second application node of a test: the same database as the first.
            properties.put("spring.datasource.url", join);
            properties.put("spring.datasource.username", context.getEnvironment().getProperty("spring.datasource.username"));
            properties.put("spring.datasource.password", context.getEnvironment().getProperty("spring.datasource.password"));
        } else if (server == null || server.isBlank()) {
            properties.put("spring.datasource.url", "jdbc:h2:mem:test-" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        } else {
            String user = env("BULLETIN_TEST_DB_USER", "root");
            String password = env("BULLETIN_TEST_DB_PASSWORD", "");
            String database = "bulletin_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + UUID.randomUUID().toString().substring(0, 8);
            createDatabase(server, user, password, database);
            String base = server.endsWith("/") ? server : server + "/";
            properties.put("spring.datasource.url", base + database + "?useUnicode=true&characterEncoding=UTF-8"
                    + "&connectionCollation=utf8mb4_bin&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true");
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
        }
        // The suite keeps a dozen applications alive side by side (the test context cache): each keeps only two idle
        // connections and gives back the rest after 10 s, so together they stay well under a server's 151 connections.
        properties.put("spring.datasource.hikari.minimum-idle", "2");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        // No management port in tests (contexts run side by side); MonitoringTests switches it on.
        if (!context.getEnvironment().getProperty("bulletin.test.management", Boolean.class, false)) {
            properties.put("management.server.port", "-1");
        }
        properties.put("flowable.process.async.executor.default-async-job-acquire-wait-time", "100ms");
        properties.put("flowable.process.async.executor.default-timer-job-acquire-wait-time", "100ms");
        // Expired job locks are looked for every 30 s as in production. Tests move the engine clock, which makes
        // the locks of jobs already queued look expired: looking every second reset such jobs under the executor,
        // whose own lock then lost an optimistic-locking race and left them stuck. JobTakeoverTests, which waits
        // for a dead node's lock to be reset, looks every second in its own application.
        if (context.getEnvironment().getProperty("bulletin.test.production-job-locks", Boolean.class, false)) {
            properties.put("flowable.process.async.executor.reset-expired-jobs-interval", "1s");
        }
        // Templates are re-read on every request in tests (edits show without a restart); benchmarks keep the
        // production setting (bulletin.test.production-caches=true).
        if (!context.getEnvironment().getProperty("bulletin.test.production-caches", Boolean.class, false)) {
            properties.put("spring.thymeleaf.cache", "false");
        }
        // The start-up warm-up (rendering, process definitions) costs every test context a few seconds; tests that
        // are about it (WarmUpTests, StartupBenchmark) switch it on with bulletin.test.warm-up=true.
        if (!context.getEnvironment().getProperty("bulletin.test.warm-up", Boolean.class, false)) {
            properties.put("bulletin.warm-up.enabled", "false");
        }
        // Every test client comes from 127.0.0.1: the per-address throttles would count the whole suite as one
        // client. They stay on (the code runs), with limits no test reaches; SecurityLimitsTests checks the real ones.
        if (!context.getEnvironment().getProperty(REAL_LIMITS, Boolean.class, false)) {
            properties.put("bulletin.security.api-rate-limit.per-minute", "1000000");
            properties.put("bulletin.security.login-throttle.max-failures", "100000");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    private static void createDatabase(String server, String user, String password, String database) {
        try (Connection connection = DriverManager.getConnection(server, user, password);
                Statement statement = connection.createStatement()) {
            dropStale(statement);
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + server + ": " + e.getMessage(), e);
        }
    }

    private static void dropStale(Statement statement) throws SQLException {
        String cutoff = "bulletin_test_" + LocalDateTime.now().minusDays(1).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SHOW DATABASES LIKE 'bulletin\\_test\\_%'")) {
            while (rs.next()) {
                if (rs.getString(1).compareTo(cutoff) < 0) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String database : stale) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
