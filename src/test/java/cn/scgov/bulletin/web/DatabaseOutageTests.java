package cn.scgov.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import cn.scgov.bulletin.BulletinApplication;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.TestDatabaseInitializer;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The database goes away under a running node (an H2 server stopped, its data kept) and comes back: in
 * between, API calls and pages get 503 with a Chinese message within a few seconds, never a hang or a
 * 500; afterwards the same session works again without restarting the node.
 */
class DatabaseOutageTests {

    private static int databasePort;
    private static java.nio.file.Path databaseDirectory;
    private static Server database;
    private static ConfigurableApplicationContext node;
    private static int port;

    @BeforeAll
    static void startNodeOnADatabaseServer() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            databasePort = free.getLocalPort();
        }
        databaseDirectory = java.nio.file.Files.createTempDirectory("outage");
        database = startDatabase();
        String url = "jdbc:h2:tcp://localhost:" + databasePort + "/outage-" + UUID.randomUUID() + ";LOCK_TIMEOUT=10000";
        node = new SpringApplicationBuilder(BulletinApplication.class, OutageMidWrite.class).run(
                "--" + TestDatabaseInitializer.JOIN_PROPERTY + "=" + url, "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--server.port=0", "--spring.jmx.enabled=false");
        port = ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.stop();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(databaseDirectory.toFile());
    }

    private static Server startDatabase() throws SQLException {
        // A file database, as a database server keeps its data over a restart.
        return Server.createTcpServer("-tcpPort", String.valueOf(databasePort), "-ifNotExists", "-baseDir",
                databaseDirectory.toString()).start();
    }

    /** No hang: a request waits for the 3 s connection timeout, at most twice (throttle count, then session). */
    private static void assertQuick(Instant start) {
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
    }

    /**
     * A write under way when the database goes away: its statement fails, its rollback fails, and the new session
     * of the API call cannot be saved either. The fault run saw such requests answered 500.
     */
    @RestController
    static class OutageMidWrite {

        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;

        OutageMidWrite(JdbcClient jdbc, TransactionTemplate transactions) {
            this.jdbc = jdbc;
            this.transactions = transactions;
        }

        @PostMapping("/api/test/outage-mid-write")
        void write() {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("SELECT COUNT(*) FROM bulletin").query(Long.class).single();
                database.stop();
                jdbc.sql("UPDATE bulletin SET name = name WHERE id = -1").update();
            });
        }
    }

    @Test
    void aWriteCutOffByTheOutageGets503AndTheNodeRecovers() throws Exception {
        ApiClient.Response cutOff = ApiClient.as(port, "editor").post("/api/test/outage-mid-write", java.util.Map.of());
        assertThat(cutOff.status()).as(cutOff.toString()).isEqualTo(503);
        assertThat(cutOff.json().get("detail").asString()).contains("数据库暂时无法访问");

        database = startDatabase();
        Instant deadline = Instant.now().plusSeconds(30);
        int status;
        do {
            status = ApiClient.as(port, "editor").get("/api/me").status();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(200);
    }

    @Test
    void whileTheDatabaseIsDownRequestsGet503InChineseAndAfterwardsTheSameSessionWorks() throws Exception {
        ApiClient editor = ApiClient.as(port, "editor");
        assertThat(editor.get("/api/me").status()).isEqualTo(200);
        ApiClient browser = editor.sessionOnly();

        database.stop();
        Instant start = Instant.now();
        ApiClient.Response api = browser.get("/api/inbox");
        assertQuick(start);
        assertThat(api.status()).as(api.toString()).isEqualTo(503);
        assertThat(api.json().get("detail").asString()).contains("数据库暂时无法访问");
        assertThat(api.header("Retry-After")).isEqualTo("10");
        start = Instant.now();
        ApiClient.Response page = browser.header("Accept", "text/html").get("/inbox");
        assertQuick(start);
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("数据库暂时无法访问");
        ApiClient.Response login = new ApiClient(port, null, null).header("Accept", "text/html").get("/login");
        assertThat(login.status()).as("a page that needs no database").isIn(200, 503);

        database = startDatabase();
        Instant deadline = Instant.now().plusSeconds(30);
        int status;
        do {
            status = editor.sessionOnly().get("/api/me").status();
        } while (status != 200 && Instant.now().isBefore(deadline));
        assertThat(status).as("the pool reconnected; the session survived").isEqualTo(200);
        assertThat(browser.header("Accept", "application/json").get("/api/inbox").status()).isEqualTo(200);
    }
}
