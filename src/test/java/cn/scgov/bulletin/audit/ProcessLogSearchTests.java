package cn.scgov.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import tools.jackson.databind.JsonNode;

/** The auditor finds steps by user, department, action, issue and time, page by page, and exports them. */
class ProcessLogSearchTests extends ApiTestSupport {

    @Autowired ApplicationEventPublisher publisher;

    private Issue issue;

    @BeforeEach
    void someSteps() {
        issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 2, 2));
        long news = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst()
                .orElseThrow().id();
        for (String department : TestBulletins.DEPARTMENTS) {
            Contribution draft = contributionOf(issue, department);
            api(department).post("/api/contributions/" + draft.id() + "/submit", Map.of("version", draft.version(),
                    "items", List.of(Map.of("sectionId", news, "text", department + " 动态"))));
        }
        Contribution gat = contributionOf(issue, "gat");
        api("editor").post("/api/contributions/" + gat.id() + "/review", Map.of("version", gat.version(),
                "decision", "RETURN", "reason", "请补充数据"));
    }

    @Test
    void searchesByUserDepartmentActionIssueAndTime() {
        JsonNode byUser = log("actor=gat&issueId=" + issue.id());
        assertThat(byUser.get("items").findValuesAsString("actor")).containsOnly("gat");
        assertThat(byUser.get("items").findValuesAsString("action")).contains("CONTRIBUTION_SUBMITTED");

        JsonNode byDepartment = log("department=jtyst&issueId=" + issue.id());
        assertThat(byDepartment.get("items").findValuesAsString("departmentCode")).containsOnly("jtyst");

        JsonNode returned = log("action=CONTRIBUTION_RETURNED&issueId=" + issue.id());
        assertThat(returned.get("total").asLong()).isEqualTo(1);
        JsonNode entry = returned.get("items").get(0);
        assertThat(entry.get("actor").asString()).isEqualTo("editor");
        assertThat(entry.get("actorName").asString()).isEqualTo("李文静");
        assertThat(entry.get("opinion").asString()).isEqualTo("请补充数据");
        assertThat(entry.get("actionLabel").asString()).isEqualTo("退回稿件");

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(log("issueId=" + issue.id() + "&from=" + today + "&to=" + today).get("total").asLong()).isGreaterThan(4);
        assertThat(log("issueId=" + issue.id() + "&to=" + today.minusDays(1)).get("total").asLong()).isZero();
    }

    @Test
    void pagesThroughLongResults() {
        JsonNode first = log("issueId=" + issue.id() + "&size=2&page=0");
        JsonNode second = log("issueId=" + issue.id() + "&size=2&page=1");
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(first.get("total").asLong()).isGreaterThan(4);
        assertThat(second.get("items").get(0).get("id").asLong()).isNotEqualTo(first.get("items").get(0).get("id").asLong());
    }

    @Test
    void aLongSearchSaysMoreThanAThousandInsteadOfCountingEveryLine() {
        for (int i = 0; i < 1_100; i++) {
            publisher.publishEvent(ProcessLogged.onIssue(AuditLogAction.AUDIT_EXPORTED, "auditor", issue.id(), "export " + i));
        }
        JsonNode first = log("issueId=" + issue.id() + "&size=50");
        assertThat(first.get("total").asLong()).isEqualTo(1_000);
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.get("items").size()).isEqualTo(50);
        JsonNode narrow = log("issueId=" + issue.id() + "&action=CONTRIBUTION_RETURNED");
        assertThat(narrow.get("total").asLong()).isEqualTo(1);
        assertThat(narrow.get("more").asBoolean()).isFalse();
        // Paging on past the first thousand keeps counting ahead of the page.
        JsonNode later = log("issueId=" + issue.id() + "&size=50&page=21");
        assertThat(later.get("items").size()).isEqualTo(50);
        assertThat(later.get("more").asBoolean()).isFalse();
        assertThat(later.get("total").asLong()).isGreaterThan(1_100);

        String page = api("auditor").get("/audit?issue=" + issue.id()).body();
        assertThat(page).contains("共 1,000 条以上，第 1 页");
    }

    @Test
    void exportsCsvThatSpreadsheetsReadAndRecordsTheExport() {
        ApiClient.Response csv = api("auditor").get("/api/audit/log.csv?issueId=" + issue.id());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF时间,用户,姓名");
        assertThat(csv.body()).contains("\"请补充数据\"", "\"退回稿件\"");
        assertThat(log("action=AUDIT_EXPORTED&actor=auditor").get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void openApiDescribesTheApiOnlyAfterLogin() {
        assertThat(anonymous().get("/api/openapi").status()).isEqualTo(401);
        ApiClient.Response openapi = api("editor").get("/api/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.json().get("paths").propertyNames()).contains("/api/issues", "/api/contributions/{id}/submit");
    }

    private JsonNode log(String query) {
        ApiClient.Response response = api("auditor").get("/api/audit/log?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
