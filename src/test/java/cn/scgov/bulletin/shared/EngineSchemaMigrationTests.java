package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.scgov.bulletin.BulletinApplication;
import cn.scgov.bulletin.support.TestDatabaseInitializer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The mysql profile's schema handling on a real MySQL/MariaDB server (skipped on H2, which keeps the
 * engine creating its tables): two nodes started at the same moment on an empty database both come up on
 * one engine schema made utf8mb4 by the migrations; a node started again sends no DDL; a database whose
 * engine tables the engine made (versions before the migrations) is taken over without touching them.
 */
class EngineSchemaMigrationTests {

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private String server;
    private String url;
    private JdbcClient jdbc;
    private SingleConnectionDataSource connection;

    @BeforeEach
    void freshDatabase() throws SQLException {
        server = System.getenv(TestDatabaseInitializer.URL_VARIABLE);
        assumeTrue(server != null && !server.isBlank(), "needs " + TestDatabaseInitializer.URL_VARIABLE);
        String database = "bulletin_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(server, user(), password()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        url = (server.endsWith("/") ? server : server + "/") + database + "?useUnicode=true&characterEncoding=UTF-8"
                + "&connectionCollation=utf8mb4_bin&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true";
        connection = new SingleConnectionDataSource(url, user(), password(), true);
        jdbc = JdbcClient.create(connection);
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
        nodes.clear();
        DdlRecorder.STATEMENTS.clear();
        if (connection != null) {
            connection.destroy();
        }
    }

    @Test
    void twoNodesStartingTogetherOnAnEmptyDatabaseBothStartOnOneEngineSchema() throws Exception {
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            Future<ConfigurableApplicationContext> first = starter.submit(() -> start("mysql"));
            Future<ConfigurableApplicationContext> second = starter.submit(() -> start("mysql"));
            nodes.add(first.get(5, TimeUnit.MINUTES));
            nodes.add(second.get(5, TimeUnit.MINUTES));
        } finally {
            starter.shutdownNow();
        }
        assertThat(nodes).allMatch(ConfigurableApplicationContext::isActive);

        assertThat(jdbc.sql("SELECT version FROM engine_schema_history WHERE success = 1 AND type = 'SQL'")
                .query(String.class).list()).as("the engine schema migrated once").containsExactly("8.0.0.0", "8.0.0.1");
        assertThat(jdbc.sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'").query(String.class).single())
                .isEqualTo("8.0.0.0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RE_PROCDEF GROUP BY KEY_ HAVING COUNT(*) > 1").query(Long.class).list())
                .as("each process definition deployed once").isEmpty();
        assertThat(tablesNotUtf8mb4()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND (TABLE_NAME LIKE 'ACT\\_%' OR TABLE_NAME LIKE 'FLW\\_%')").query(Long.class).single()).isEqualTo(32L);

        nodes.forEach(ConfigurableApplicationContext::close);
        nodes.clear();
        DdlRecorder.STATEMENTS.clear();
        nodes.add(startRecordingDdl("mysql"));
        assertThat(DdlRecorder.STATEMENTS).as("a node started on a migrated database sends no DDL").isEmpty();
    }

    @Test
    void aDatabaseWhoseEngineTablesTheEngineMadeIsTakenOverAsItIs() {
        nodes.add(start("default"));
        nodes.forEach(ConfigurableApplicationContext::close);
        nodes.clear();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'engine_schema_history'").query(Long.class).single()).isZero();
        Long deployments = jdbc.sql("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT").query(Long.class).single();

        nodes.add(startRecordingDdl("mysql"));

        assertThat(jdbc.sql("SELECT CONCAT(version, ' ', type) FROM engine_schema_history WHERE success = 1")
                .query(String.class).list()).as("baselined at the engine's version; only the settings rows (already there)")
                .containsExactly("8.0.0.0 BASELINE", "8.0.0.1 SQL");
        assertThat(DdlRecorder.STATEMENTS).as("only the history table (and its index) is created")
                .isNotEmpty().allMatch(sql -> sql.contains("engine_schema_history"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT").query(Long.class).single()).isEqualTo(deployments);
        assertThat(tablesNotUtf8mb4()).isEmpty();
    }

    private List<String> tablesNotUtf8mb4() {
        return jdbc.sql("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_COLLATION NOT LIKE 'utf8mb4%'").query(String.class).list();
    }

    private ConfigurableApplicationContext start(String profile) {
        return new SpringApplicationBuilder(BulletinApplication.class).profiles(profile).run(arguments());
    }

    private ConfigurableApplicationContext startRecordingDdl(String profile) {
        return new SpringApplicationBuilder(BulletinApplication.class, DdlRecorder.class).profiles(profile).run(arguments());
    }

    private String[] arguments() {
        return new String[] {"--" + TestDatabaseInitializer.JOIN_PROPERTY + "=" + url,
            "--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
            "--server.port=0", "--spring.jmx.enabled=false"};
    }

    private static String user() {
        String value = System.getenv("BULLETIN_TEST_DB_USER");
        return value == null ? "root" : value;
    }

    private static String password() {
        String value = System.getenv("BULLETIN_TEST_DB_PASSWORD");
        return value == null ? "" : value;
    }
}
