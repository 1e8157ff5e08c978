package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A submitter of 交通运输厅 can do nothing to 公安厅's contribution, whatever id it sends. */
class CrossDepartmentAccessTests extends ApiTestSupport {

    private Issue issue;
    private Contribution gat;
    private long newsSection;

    @BeforeEach
    void gatHasADraft() {
        issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 9, 7));
        newsSection = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst()
                .orElseThrow().id();
        Contribution draft = contributionOf(issue, "gat");
        gat = contributions.save(user("gat"), draft.id(), draft.version(), List.of(new DraftItem(newsSection, "公安厅的草稿")));
    }

    @Test
    void readWhenOtherDepartmentThenForbidden() {
        ApiClient.Response response = api("jtyst").get("/api/contributions/" + gat.id());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("公安厅的草稿");
        assertThat(api("jtyst").get("/api/contributions/" + gat.id() + "/revisions").status()).isEqualTo(403);
    }

    @Test
    void editWhenOtherDepartmentThenForbiddenAndNothingChanges() {
        Map<String, Object> items = Map.of("version", gat.version(),
                "items", List.of(Map.of("sectionId", newsSection, "text", "篡改")));
        assertThat(api("jtyst").put("/api/contributions/" + gat.id() + "/items", items).status()).isEqualTo(403);
        assertThat(api("jtyst").post("/api/contributions/" + gat.id() + "/submit", items).status()).isEqualTo(403);
        assertThat(api("jtyst").post("/api/contributions/" + gat.id() + "/nothing-to-report",
                Map.of("version", gat.version())).status()).isEqualTo(403);
        assertThat(api("jtyst").post("/api/contributions/" + gat.id() + "/withdraw",
                Map.of("version", gat.version())).status()).isEqualTo(403);

        Contribution unchanged = contributions.contribution(user("gat"), gat.id());
        assertThat(unchanged.version()).isEqualTo(gat.version());
        assertThat(unchanged.items()).extracting(i -> i.text()).containsExactly("公安厅的草稿");
    }

    @Test
    void claimOrTransferWhenOtherDepartmentThenForbidden() {
        String task = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory("gat").singleResult().getId();
        assertThat(api("jtyst").post("/api/tasks/" + task + "/claim", null).status()).isEqualTo(403);
        assertThat(api("jtyst").post("/api/tasks/" + task + "/unclaim", null).status()).isEqualTo(403);
        assertThat(api("jtyst").post("/api/tasks/" + task + "/transfer", Map.of("username", "jtyst")).status()).isEqualTo(403);
        assertThat(api("gat").post("/api/tasks/" + task + "/transfer", Map.of("username", "jtyst")).status()).isEqualTo(400);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("gat");
    }

    @Test
    void inboxWhenOtherDepartmentThenShowsNothingOfIt() {
        var rows = api("jtyst").get("/api/inbox?tab=GROUP&issueId=" + issue.id()).json().get("items");
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.get(0).get("departmentCode").asString()).isEqualTo("jtyst");
    }

    @Test
    void readIssueWhenDepartmentDoesNotContributeThenForbidden() {
        assertThat(api("bmj").get("/api/issues/" + issue.id()).status()).isEqualTo(403);
        assertThat(api("recipient").get("/api/issues/" + issue.id()).status()).isEqualTo(403);
        assertThat(api("gat").get("/api/issues/" + issue.id()).status()).isEqualTo(200);
    }

    @Test
    void guessedIdsThatDoNotExistAreNotFound() {
        assertThat(api("gat").get("/api/contributions/987654321").status()).isEqualTo(404);
        assertThat(api("editor").get("/api/issues/987654321").status()).isEqualTo(404);
        Issue other = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 9, 14));
        long otherItem = compilation.addItem(user("editor"), other.id(), issues.outline(other.id()).sections().stream()
                .filter(s -> s.key().equals("news")).findFirst().orElseThrow().id(), "另一期的条目").id();
        assertThat(api("editor").put("/api/issues/" + issue.id() + "/items/" + otherItem,
                Map.of("text", "串改", "version", 0)).status()).isEqualTo(404);
    }

    @Test
    void refusalsAreRecordedInTheProcessLog() {
        api("jtyst").get("/api/contributions/" + gat.id());
        var log = api("auditor").get("/api/audit/log?actor=jtyst&action=ACCESS_DENIED").json();
        assertThat(log.get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(log.get("items").get(0).get("detail").asString()).contains("/api/contributions/" + gat.id());
    }
}
