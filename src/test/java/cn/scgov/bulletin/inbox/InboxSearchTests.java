package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.ApiClient.Response;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The inbox's free text ({@code q}) narrows every tab by issue number, department name and the text of the
 * department's contribution, every term required, and never through text the user may not read.
 */
class InboxSearchTests extends ApiTestSupport {

    @Autowired
    ApplicationContext context;

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<JsonNode> rows(String username, String query) {
        Response response = api(username).get("/api/inbox?" + query + "&size=200");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        response.json().get("items").forEach(rows::add);
        assertThat(response.json().get("total").asLong()).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void termsMatchTheContributionTextAndDepartmentOfEachTask() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit a = fixture.unit();
        ParticipantsFixture.Unit b = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(a.code(), b.code()));
        Issue issue = fixture.open(bulletin, LocalDate.of(2026, 7, 6));
        String token = "Kw" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        fixture.submit(issue, a.submitter(), a.code(), "窗口推行“一件事一次办” " + token + "。");
        fixture.submit(issue, b.submitter(), b.code(), "窗口开展延时服务。");

        // The editor's reviews to claim: the token is in a's contribution only (typed in another case).
        assertThat(rows("editor", "tab=GROUP&" + q(token.toUpperCase())))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("step").asString()).isEqualTo(IssueProcess.REVIEW_TASK);
                    assertThat(row.get("departmentCode").asString()).isEqualTo(a.code());
                    assertThat(row.get("issueId").asLong()).isEqualTo(issue.id());
                });
        // A department's name finds its task; every term must match the same task.
        assertThat(rows("editor", "tab=GROUP&issueId=" + issue.id() + "&" + q(b.name())))
                .singleElement().satisfies(row -> assertThat(row.get("departmentCode").asString()).isEqualTo(b.code()));
        assertThat(rows("editor", "tab=GROUP&" + q(token + " " + b.name()))).isEmpty();
        assertThat(rows("editor", "tab=GROUP&" + q(token + " " + a.name()))).hasSize(1);
        assertThat(rows("editor", "tab=GROUP&" + q(token + " 没有这句话"))).isEmpty();

        // b's submitter sees their own finished draft by their department's name, never through a's text.
        assertThat(rows(b.submitter(), "tab=DONE&" + q(b.name())))
                .anySatisfy(row -> assertThat(row.get("issueId").asLong()).isEqualTo(issue.id()));
        for (String tab : List.of("MINE", "GROUP", "DONE", "OVERDUE")) {
            assertThat(rows(b.submitter(), "tab=" + tab + "&" + q(token))).as(tab).isEmpty();
        }
        assertThat(rows(a.submitter(), "tab=DONE&" + q(token)))
                .singleElement().satisfies(row -> assertThat(row.get("step").asString()).isEqualTo(IssueProcess.DRAFT_TASK));
    }

    @Test
    void theIssueNumberFindsEveryTaskOfTheIssue() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit a = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(a.code()));
        Issue issue = fixture.open(bulletin, LocalDate.of(2026, 7, 13));
        String token = "Nb" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        fixture.submit(issue, a.submitter(), a.code(), "窗口工作 " + token);
        fixture.accept(issue, a.code());
        fixture.distribute(issue);
        Issue numbered = reload(issue);
        String number = "总第" + numbered.cumulativeNumber() + "期";

        // Numbers are shared by many test bulletins; with the token the editor's finished tasks of this issue remain:
        // the review (a's contribution) and the compilation (a task of no department: the office reads every text).
        List<JsonNode> done = rows("editor", "tab=DONE&" + q(number + " " + token));
        assertThat(done).extracting(row -> row.get("step").asString())
                .contains(IssueProcess.REVIEW_TASK, IssueProcess.COMPILE_TASK);
        assertThat(done).allSatisfy(row -> assertThat(row.get("issueId").asLong()).isEqualTo(issue.id()));
        assertThat(rows("editor", "tab=DONE&issueId=" + issue.id() + "&" + q(numbered.numberingYear() + "年第"
                + numbered.yearlyNumber() + "期"))).isNotEmpty();
    }

    @Test
    void aSearchTooLongIsRefused() {
        Response response = api("editor").get("/api/inbox?" + q("字".repeat(101)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").has("q")).isTrue();
    }
}
