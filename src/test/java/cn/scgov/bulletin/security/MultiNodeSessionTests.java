package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import cn.scgov.bulletin.BulletinApplication;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestDatabaseInitializer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application nodes on one database, as in production: a session opened on one node is valid on the
 * other; a lock or a new password on one node ends the account's sessions on the other at their next
 * request; the limit of sessions per account counts both nodes; failed logins count on both.
 */
class MultiNodeSessionTests extends ApiTestSupport {

    private static final String PASSWORD = "Xiangshan#2030";
    private static ConfigurableApplicationContext secondNode;

    @Autowired
    Environment environment;

    @Autowired
    DirectoryAdministration administration;

    @Autowired
    CredentialRequests credentialRequests;

    @Autowired
    Credentials credentials;

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
            secondNode = null;
        }
    }

    @Test
    void sessionsAndTheirEndAreSharedByTheNodes() {
        int other = secondNodePort();
        String username = "node" + System.nanoTime() % 100000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(username, "两节点测试", "gat", EnumSet.of(Role.SUBMITTER), PASSWORD);

        ApiClient onFirst = new ApiClient(port, username, PASSWORD);
        assertThat(onFirst.get("/api/me").status()).isEqualTo(200);
        ApiClient sameSessionOnSecond = new ApiClient("http://localhost:" + other, null);
        ApiClient browserOnSecond = copyCookie(onFirst, sameSessionOnSecond);
        assertThat(browserOnSecond.get("/api/me").status()).as("a session opened on node 1 is valid on node 2").isEqualTo(200);

        ApiClient loginOnSecond = new ApiClient("http://localhost:" + other, basic(username, PASSWORD));
        assertThat(loginOnSecond.get("/api/me").status()).isEqualTo(200);
        ApiClient secondBrowser = loginOnSecond.sessionOnly();

        assertThat(api("secadmin").post("/api/users/" + username + "/lock", null).status()).isEqualTo(200);
        assertThat(secondBrowser.get("/api/me").status()).as("node 2 ends the session of a lock made on node 1").isEqualTo(401);
        assertThat(browserOnSecond.get("/api/me").status()).isEqualTo(401);
        assertThat(onFirst.sessionOnly().get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aPasswordChangedOnOneNodeEndsTheSessionsOnTheOther() {
        int other = secondNodePort();
        String username = "pwnode" + System.nanoTime() % 100000;
        new Accounts(administration, credentialRequests, credentials, directory)
                .create(username, "两节点测试", "gat", EnumSet.of(Role.SUBMITTER), PASSWORD);
        ApiClient onSecond = new ApiClient("http://localhost:" + other, basic(username, PASSWORD));
        assertThat(onSecond.get("/api/me").status()).isEqualTo(200);
        ApiClient browserOnSecond = onSecond.sessionOnly();

        ApiClient onFirst = new ApiClient(port, username, PASSWORD);
        assertThat(onFirst.post("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "Yuelu#20311"))
                .status()).isEqualTo(204);
        assertThat(browserOnSecond.get("/api/me").status()).isEqualTo(401);
        assertThat(onSecond.get("/api/me").status()).as("the old password, on node 2").isEqualTo(401);
        assertThat(onFirst.get("/api/me").status()).as("the session that changed it stays").isEqualTo(200);
    }

    private static ApiClient copyCookie(ApiClient from, ApiClient to) {
        return to.header("Cookie", from.sessionCookie());
    }

    private static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A second node of the application on this test's database (started once for the class). */
    private int secondNodePort() {
        if (secondNode == null) {
            secondNode = new SpringApplicationBuilder(BulletinApplication.class).run(
                    "--" + TestDatabaseInitializer.JOIN_PROPERTY + "=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                    "--server.port=0", "--spring.jmx.enabled=false",
                    // No job executor: it could take this application's jobs and leave them locked when it stops.
                    "--flowable.async-executor-activate=false");
        }
        return ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }
}
