package cn.scgov.bulletin.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.shared.TextDiff;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What changed between two submissions of a contribution, word by word as a Chinese reader sees it. */
class RevisionDiffTests extends ApiTestSupport {

    private Contribution gat;
    private String newsTitle;

    @BeforeEach
    void gatSubmitsTwice() {
        Issue issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 9, 14));
        IssueSection news = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news"))
                .findFirst().orElseThrow();
        newsTitle = news.title();
        Contribution draft = contributionOf(issue, "gat");
        Contribution first = contributions.submit(user("gat"), draft.id(), draft.version(),
                List.of(new DraftItem(news.id(), "公安厅本周办理身份证1234件。")));
        Contribution returned = contributions.review(user("editor"), first.id(), first.version(), ReviewDecision.RETURN,
                "请核实数字");
        gat = contributions.submit(user("gat"), returned.id(), returned.version(),
                List.of(new DraftItem(news.id(), "公安厅本周共办理居民身份证1250件。")));
    }

    @Test
    void diffOfTwoRevisionsIsWordByWordWithFiguresAsOneWord() {
        ApiClient.Response response = api("gat").get("/api/contributions/" + gat.id() + "/revisions/1/diff/2");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("from").asInt()).isEqualTo(1);
        assertThat(body.get("to").asInt()).isEqualTo(2);
        assertThat(body.get("changed").asBoolean()).isTrue();
        List<String> segments = new ArrayList<>();
        body.get("segments").forEach(s -> segments.add(s.get("op").asString() + ":" + s.get("text").asString()));
        assertThat(segments).containsExactly("EQUAL:【" + newsTitle + "】\n公安厅本周", "INSERT:共", "EQUAL:办理",
                "INSERT:居民", "EQUAL:身份证", "DELETE:1234", "INSERT:1250", "EQUAL:件。");
    }

    @Test
    void theOfficeReadsTheDiffAndTheReverseDiffSwapsInsertionsAndDeletions() {
        JsonNode body = api("editor").get("/api/contributions/" + gat.id() + "/revisions/2/diff/1").json();
        List<String> segments = new ArrayList<>();
        body.get("segments").forEach(s -> segments.add(s.get("op").asString() + ":" + s.get("text").asString()));
        assertThat(segments).contains("DELETE:共", "DELETE:居民", "INSERT:1234", "DELETE:1250");
        assertThat(api("editor").get("/api/contributions/" + gat.id() + "/revisions/2/diff/2").json().get("changed")
                .asBoolean()).isFalse();
    }

    @Test
    void revisionsListsBothSubmissionsWithTheirText() {
        JsonNode revisions = api("gat").get("/api/contributions/" + gat.id() + "/revisions").json();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("items").get(0).get("text").asString()).isEqualTo("公安厅本周办理身份证1234件。");
        assertThat(revisions.get(1).get("items").get(0).get("text").asString()).isEqualTo("公安厅本周共办理居民身份证1250件。");
    }

    @Test
    void diffWhenRevisionMissingThenNotFound() {
        ApiClient.Response response = api("gat").get("/api/contributions/" + gat.id() + "/revisions/1/diff/9");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("没有第 9 次报送");
    }

    @Test
    void diffWhenOtherDepartmentThenForbidden() {
        ApiClient.Response response = api("jtyst").get("/api/contributions/" + gat.id() + "/revisions/1/diff/2");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("身份证");
        assertThat(api("recipient").get("/api/contributions/" + gat.id() + "/revisions/1/diff/2").status()).isEqualTo(403);
    }

    @Test
    void tokensAreChineseCharactersAndLatinOrDigitRuns() {
        assertThat(TextDiff.tokens("办理ABC12号，共3件")).containsExactly("办", "理", "ABC12", "号", "，", "共", "3", "件");
    }
}
