package cn.scgov.bulletin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.support.ApiClient.Response;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Searching distributed issues: every term must occur, matches are highlighted in an escaped snippet,
 * filters narrow by department and period, pages end without a count, and each reader finds only the
 * issues {@code IssueAccess} lets them read.
 */
class ArchiveSearchTests extends ApiTestSupport {

    @Autowired
    ApplicationContext context;

    private record Archive(ParticipantsFixture.Unit a, ParticipantsFixture.Unit b, Issue issue, String token) {
    }

    /** One distributed issue of a new bulletin: unit a and unit b each wrote an item holding the token. */
    private Archive distributed(String textOfA, String textOfB, LocalDate monday) {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit a = fixture.unit();
        ParticipantsFixture.Unit b = fixture.unit();
        Bulletin bulletin = fixture.bulletin(List.of(a.code(), b.code()));
        Issue issue = fixture.open(bulletin, monday);
        String token = "Qx" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        fixture.submit(issue, a.submitter(), a.code(), textOfA.replace("TOKEN", token));
        fixture.submit(issue, b.submitter(), b.code(), textOfB.replace("TOKEN", token));
        fixture.accept(issue, a.code());
        fixture.accept(issue, b.code());
        fixture.distribute(issue);
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.DISTRIBUTED);
        return new Archive(a, b, reload(issue), token);
    }

    private Response search(String username, String query) {
        return api(username).get("/api/archive/search?" + query);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> items(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    @Test
    void everyTermMustOccurAndMatchesAreMarkedInEscapedText() {
        Archive archive = distributed("窗口<script>alert('x')</script>推行“周末不打烊”延时服务 TOKEN。",
                "窗口推行帮办代办 TOKEN。", LocalDate.of(2026, 6, 1));

        // Lower case finds the token typed in mixed case; both terms must occur.
        List<JsonNode> hits = items(search("editor", q(archive.token().toLowerCase() + " 延时")));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.get("issueId").asLong()).isEqualTo(archive.issue().id());
            assertThat(hit.get("bulletinTitle").asString()).isEqualTo("窗口工作周报");
            assertThat(hit.get("issueLine").asString()).isEqualTo(issues.issueLine(archive.issue()).text())
                    .startsWith("2026年第");
            assertThat(hit.get("issueDate").asString()).isEqualTo(archive.issue().issueDate().toString());
            assertThat(hit.get("sectionTitle").asString()).isEqualTo("优化营商环境工作开展情况");
            assertThat(hit.get("departmentCode").asString()).isEqualTo(archive.a().code());
            assertThat(hit.get("departmentName").asString()).isEqualTo(archive.a().name());
            String snippet = hit.get("snippet").asString();
            assertThat(snippet).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "<mark>延时</mark>",
                    "<mark>" + archive.token() + "</mark>").doesNotContain("<script>");
        });
        assertThat(items(search("editor", q(archive.token())))).hasSize(2);
        assertThat(items(search("editor", q(archive.token() + " 没有这句话")))).isEmpty();
        // LIKE wildcards typed are searched for as such.
        assertThat(items(search("editor", q(archive.token() + " %")))).isEmpty();
    }

    @Test
    void departmentPeriodAndYearNarrowTheHitsAndPagesEndWithoutACount() {
        Archive archive = distributed("公安窗口 TOKEN 一", "交通窗口 TOKEN 二", LocalDate.of(2026, 6, 8));
        String token = q(archive.token());

        assertThat(items(search("auditor", token + "&department=" + archive.b().code())))
                .singleElement().satisfies(hit -> assertThat(hit.get("snippet").asString()).contains("交通窗口"));
        assertThat(items(search("editor", token + "&from=2026-06-12&to=2026-06-30"))).hasSize(2);
        assertThat(items(search("editor", token + "&from=2026-06-13"))).isEmpty();
        assertThat(items(search("editor", token + "&to=2026-06-07"))).isEmpty();
        assertThat(items(search("editor", token + "&year=2026&bulletin=" + archive.issue().bulletinId()))).hasSize(2);
        assertThat(items(search("editor", token + "&year=2025"))).isEmpty();

        Response first = search("reviewer", token + "&size=1");
        assertThat(items(first)).hasSize(1);
        assertThat(first.json().get("hasNext").asBoolean()).isTrue();
        assertThat(first.json().has("total")).isFalse();
        Response second = search("reviewer", token + "&size=1&page=1");
        assertThat(items(second)).hasSize(1);
        assertThat(second.json().get("hasNext").asBoolean()).isFalse();
        assertThat(items(second).get(0).get("itemId").asLong()).isNotEqualTo(items(first).get(0).get("itemId").asLong());
    }

    @Test
    void eachReaderFindsOnlyTheIssuesTheyMayRead() {
        Archive archive = distributed("TOKEN 甲单位稿件", "TOKEN 乙单位稿件", LocalDate.of(2026, 6, 15));
        ParticipantsFixture.Unit outsider = new ParticipantsFixture(context).unit();
        String token = q(archive.token());

        // A submitter of a contributing department reads the distributed issue, all of it, as its documents show.
        assertThat(items(search(archive.a().submitter(), token))).hasSize(2);
        // A recipient it was delivered to (the window recipient) finds it; one it was not delivered to does not.
        assertThat(items(search("recipient", token))).hasSize(2);
        assertThat(items(search("recipient2", token))).isEmpty();
        // A submitter of a department that did not contribute finds nothing.
        assertThat(items(search(outsider.submitter(), token))).isEmpty();
        // The administrators read no issue content.
        assertThat(search("sysadmin", token).status()).isEqualTo(403);
        assertThat(search("secadmin", token).status()).isEqualTo(403);
    }

    @Test
    void badSearchesAreRefusedWithTheField() {
        assertThat(search("editor", "").status()).isEqualTo(400);
        assertThat(search("editor", q("   ")).json().get("errors").has("q")).isTrue();
        assertThat(search("editor", q("x".repeat(101))).status()).isEqualTo(400);
        assertThat(search("editor", q("a b c d e f")).status()).isEqualTo(400);
        Response backwards = search("editor", q("窗口") + "&from=2026-06-10&to=2026-06-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").has("to")).isTrue();
        assertThat(search("editor", q("窗口") + "&from=yesterday").status()).isEqualTo(400);
        assertThat(search("editor", q("窗口") + "&size=500").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/archive/search?" + q("窗口")).status()).isEqualTo(401);
    }
}
