package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The editor's edits of a compiled item are kept as revisions, and what changed is shown word by word. */
class CompiledItemRevisionTests extends ApiTestSupport {

    private Issue issue;
    private long newsSection;
    private JsonNode item;

    @BeforeEach
    void gatsItemIsAccepted() {
        issue = open(newBulletin(TestBulletins.small()), LocalDate.of(2026, 9, 21));
        newsSection = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst()
                .orElseThrow().id();
        Contribution draft = contributionOf(issue, "gat");
        Contribution submitted = contributions.submit(user("gat"), draft.id(), draft.version(),
                List.of(new DraftItem(newsSection, "公安厅窗口本周受理业务2300件，群众满意率99%。")));
        contributions.review(user("editor"), submitted.id(), submitted.version(), ReviewDecision.ACCEPT, null);
        JsonNode compilation = api("editor").get("/api/issues/" + issue.id() + "/compilation").json();
        item = findItem(compilation);
    }

    @Test
    void editorsEditIsKeptAndTheDiffShowsItWordByWord() {
        long id = item.get("id").asLong();
        ApiClient.Response edited = api("editor").put("/api/issues/" + issue.id() + "/items/" + id,
                Map.of("text", "公安厅窗口本周共受理业务2310件，群众满意率99%。", "included", true, "version", item.get("version").asInt()));
        assertThat(edited.status()).isEqualTo(200);
        // only including or excluding is no new text
        api("editor").put("/api/issues/" + issue.id() + "/items/" + id, Map.of("text", "公安厅窗口本周共受理业务2310件，群众满意率99%。",
                "included", false, "version", edited.json().get("version").asInt()));

        JsonNode revisions = api("leader").get("/api/issues/" + issue.id() + "/items/" + id + "/revisions").json();
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("text").asString()).isEqualTo("公安厅窗口本周受理业务2300件，群众满意率99%。");
        assertThat(revisions.get(0).get("author").isNull()).isTrue();
        assertThat(revisions.get(1).get("author").asString()).isEqualTo("editor");

        JsonNode diff = api("leader").get("/api/issues/" + issue.id() + "/items/" + id + "/revisions/1/diff/2").json();
        assertThat(diff.get("changed").asBoolean()).isTrue();
        assertThat(segments(diff)).containsExactly("EQUAL:公安厅窗口本周", "INSERT:共", "EQUAL:受理业务", "DELETE:2300",
                "INSERT:2310", "EQUAL:件，群众满意率99%。");
    }

    @Test
    void anItemTheEditorWroteStartsWithItsOwnText() {
        JsonNode added = api("editor").post("/api/issues/" + issue.id() + "/sections/" + newsSection + "/items",
                Map.of("text", "中心开展“走流程”活动。")).json();
        JsonNode revisions = api("editor").get("/api/issues/" + issue.id() + "/items/" + added.get("id").asLong()
                + "/revisions").json();
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("author").asString()).isEqualTo("editor");
        assertThat(revisions.get(0).get("text").asString()).isEqualTo("中心开展“走流程”活动。");
    }

    @Test
    void revisionsWhenNotAnOfficeReaderThenForbidden() {
        String path = "/api/issues/" + issue.id() + "/items/" + item.get("id").asLong() + "/revisions";
        assertThat(api("gat").get(path).status()).isEqualTo(403);
        assertThat(api("jtyst").get(path + "/1/diff/1").status()).isEqualTo(403);
        assertThat(api("editor").get(path + "/1/diff/5").status()).isEqualTo(404);
    }

    private static List<String> segments(JsonNode diff) {
        List<String> segments = new ArrayList<>();
        diff.get("segments").forEach(s -> segments.add(s.get("op").asString() + ":" + s.get("text").asString()));
        return segments;
    }

    private static JsonNode findItem(JsonNode node) {
        if (node.isObject() && node.has("originalText") && node.has("id") && "gat".equals(node.path("departmentCode").asString(""))) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findItem(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
