package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.SecondNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import tools.jackson.databind.node.ObjectNode;

/**
 * Two nodes on one database, each with its own caches: what an administrator changes on node A is what
 * node B uses at its next request — a bulletin definition for the next issue B opens, a department's
 * name, an account disabled or a role withdrawn.
 */
class MultiNodeCacheTests extends ApiTestSupport {

    private static final String PASSWORD = "Xiangshan#2030";
    private static SecondNode nodeB;

    @Autowired Environment environment;
    @Autowired DirectoryAdministration administration;
    @Autowired CredentialRequests credentialRequests;
    @Autowired Credentials credentials;

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    private SecondNode nodeB() {
        if (nodeB == null) {
            nodeB = SecondNode.on(environment);
        }
        return nodeB;
    }

    @Test
    void aBulletinDefinitionChangedOnOneNodeIsUsedByTheOtherForTheNextIssueItOpens() {
        Bulletin bulletin = newWeeklyBulletin();
        ApiClient editorOnB = on(nodeB(), "editor", "Demo@2026");
        assertThat(editorOnB.get("/api/bulletins/" + bulletin.id()).json().get("definition").get("title").asString())
                .as("node B has read (and cached) the definition").isEqualTo(bulletin.definition().title());

        ObjectNode definition = (ObjectNode) api("sysadmin").get("/api/bulletins/" + bulletin.id()).json().get("definition");
        definition.put("title", "窗口工作周报（试行）");
        ApiClient.Response saved = api("sysadmin").put("/api/bulletins/" + bulletin.id(),
                Map.of("definition", definition, "active", true, "version", bulletin.version()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        LocalDate monday = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime deadline = LocalDateTime.ofInstant(now(), ZoneId.of("Asia/Shanghai")).plusDays(30).withNano(0);
        ApiClient.Response opened = editorOnB.post("/api/issues", Map.of("bulletinId", bulletin.id(),
                "periodStart", monday.toString(), "periodEnd", monday.plusDays(4).toString(),
                "deadline", deadline.toString(), "confirm", true));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(issues.require(opened.json().get("id").asLong()).title())
                .as("node B opened the issue with the definition changed on node A").isEqualTo("窗口工作周报（试行）");
    }

    @Test
    void aDepartmentRenamedOnOneNodeIsNamedSoByTheOther() {
        String code = "dep-" + System.nanoTime() % 100000;
        administration.createDepartment(user("sysadmin"), new DirectoryAdministration.DepartmentDraft(code, "测试厅" + code,
                DepartmentKind.WINDOW, null, true, null));
        ApiClient onB = on(nodeB(), "editor", "Demo@2026");
        assertThat(onB.get("/api/departments").body()).contains("测试厅" + code);

        int version = directory.department(code).orElseThrow().version();
        ApiClient.Response renamed = api("sysadmin").put("/api/departments/" + code, Map.of("code", code,
                "name", "改名厅" + code, "kind", "WINDOW", "active", true, "version", version));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(onB.get("/api/departments").body()).contains("改名厅" + code).doesNotContain("测试厅" + code);
    }

    @Test
    void anAccountDisabledOrARoleWithdrawnOnOneNodeIsRefusedOnTheOtherAtItsNextRequest() {
        String editor = "ed" + System.nanoTime() % 100000;
        String auditor = "au" + System.nanoTime() % 100000;
        Accounts accounts = new Accounts(administration, credentialRequests, credentials, directory);
        accounts.create(editor, "编辑甲", null, EnumSet.of(Role.EDITOR), PASSWORD);
        accounts.create(auditor, "审计甲", null, EnumSet.of(Role.AUDITOR), PASSWORD);
        ApiClient editorOnB = on(nodeB(), editor, PASSWORD);
        ApiClient auditorOnB = on(nodeB(), auditor, PASSWORD);
        assertThat(editorOnB.get("/api/issues").status()).isEqualTo(200);
        assertThat(auditorOnB.get("/api/audit/log").status()).isEqualTo(200);

        var account = directory.user(editor).orElseThrow();
        administration.updateUser(user("sysadmin"), editor,
                new DirectoryAdministration.UserProfile(account.displayName(), account.departmentCode(), false, account.version()));
        assertThat(editorOnB.sessionOnly().get("/api/issues").status()).as("disabled on A, its session on B").isEqualTo(401);
        assertThat(editorOnB.get("/api/issues").status()).as("disabled on A, its password on B").isEqualTo(401);

        administration.assignRoles(user("secadmin"), auditor, Set.of(),
                directory.user(auditor).orElseThrow().version());
        assertThat(auditorOnB.sessionOnly().get("/api/audit/log").status()).as("role withdrawn on A, on B").isEqualTo(403);
    }

    private static ApiClient on(SecondNode node, String username, String password) {
        return new ApiClient(node.url(), "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
}
