package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Copying (抄送) an issue in progress: who may copy it to whom and when, what a person it was copied to may
 * read (and what a submitter of another department still may not), and read tracking — through the API,
 * asserted on the database, the process log and the engine's comments.
 */
class CcTests extends ApiTestSupport {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private Issue issue;

    @BeforeEach
    void issueInSignoff() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 11, 2));
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        jobs.awaitIdle();
        compilation.sendToSignoff(user("editor"), issue.id());
    }

    @Test
    void aCopiedRecipientReadsTheIssueReadOnlyAndTheSenderSeesWhenTheyReadIt() {
        String i = "/api/issues/" + issue.id();
        assertThat(api("recipient2").get(i + "/signoff").status()).isEqualTo(403);

        ApiClient.Response sent = api("reviewer").post(i + "/cc", Map.of("usernames", List.of("recipient2", "zhck"),
                "note", "请阅知"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().get("added").toString()).contains("recipient2", "zhck");
        ApiClient.Response again = api("editor").post(i + "/cc", Map.of("usernames", List.of("recipient2")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("added").size()).isZero();
        assertThat(again.json().get("already").toString()).contains("recipient2");
        assertThat(rows("SELECT COUNT(*) FROM issue_cc WHERE issue_id = :issue")).isEqualTo(2);

        ApiClient recipient = api("recipient2");
        JsonNode mine = recipient.get("/api/cc?unread=true").json();
        long unread = mine.get("unread").asLong();
        assertThat(unread).isPositive();
        JsonNode copy = mine.get("copies").get("items").get(0);
        assertThat(copy.get("issueId").asLong()).as("newest first").isEqualTo(issue.id());
        assertThat(copy.get("sentBy").asString()).isEqualTo("reviewer");
        assertThat(copy.get("note").asString()).isEqualTo("请阅知");
        for (String readable : List.of(i, i + "/signoff", i + "/compilation", i + "/signoff/urges")) {
            assertThat(recipient.get(readable).status()).as(readable).isEqualTo(200);
        }
        recipient.header("Accept", "text/html");
        assertThat(recipient.get(i + "/document.html").status()).isEqualTo(200);
        recipient.header("Accept", "application/json");
        for (String hidden : List.of(i + "/contributions", i + "/timeline", i + "/recipients", i + "/cc")) {
            assertThat(recipient.get(hidden).status()).as(hidden).isEqualTo(403);
        }
        assertThat(recipient.post(i + "/signoff", Map.of("decision", "APPROVE")).status()).isEqualTo(403);
        assertThat(recipient.post(i + "/cc", Map.of("usernames", List.of("zhck"))).status()).isEqualTo(403);

        // Not copied: a submitter of the contributing department reads the issue but not its compilation or sign-off;
        // a submitter of another department not even the issue.
        assertThat(api(unit.submitter()).get(i + "/signoff").status()).isEqualTo(403);
        assertThat(api(unit.submitter()).get(i + "/compilation").status()).isEqualTo(403);
        assertThat(api("gat").get(i).status()).isEqualTo(403);
        assertThat(api("gat").get(i + "/signoff").status()).isEqualTo(403);

        long copyId = copy.get("id").asLong();
        assertThat(api("zhck").post("/api/cc/" + copyId + "/read", null).status()).isEqualTo(404);
        assertThat(recipient.post("/api/cc/" + copyId + "/read", null).status()).isEqualTo(204);
        assertThat(recipient.post("/api/cc/" + copyId + "/read", null).status()).isEqualTo(204);
        assertThat(recipient.get("/api/cc?unread=true").json().get("unread").asLong()).isEqualTo(unread - 1);
        assertThat(recipient.get("/api/cc?unread=false").json().get("copies").get("items").get(0).get("issueId").asLong())
                .isEqualTo(issue.id());
        assertThat(rows("SELECT COUNT(*) FROM issue_cc WHERE issue_id = :issue AND read_at IS NOT NULL")).isEqualTo(1);

        JsonNode copies = api("reviewer").get(i + "/cc").json();
        assertThat(copies.size()).isEqualTo(2);
        for (JsonNode row : copies) {
            assertThat(row.get("sentBy").asString()).isEqualTo("reviewer");
            assertThat(row.get("readAt").isNull()).isEqualTo(row.get("username").asString().equals("zhck"));
        }

        assertThat(rows("SELECT COUNT(*) FROM process_log WHERE issue_id = :issue AND action = 'ISSUE_COPIED'"
                + " AND actor = 'reviewer'")).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM process_log WHERE issue_id = :issue AND action = 'COPY_READ'"
                + " AND actor = 'recipient2'")).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM notice WHERE issue_id = :issue AND kind = 'COPIED'"
                + " AND recipient IN ('recipient2', 'zhck')")).isEqualTo(2);
        assertThat(taskService.getProcessInstanceComments(issue.processInstanceId(), IssueCopies.COMMENT))
                .singleElement().satisfies(comment -> {
                    assertThat(comment.getUserId()).isEqualTo("reviewer");
                    assertThat(comment.getFullMessage()).contains("抄送给", "周丽", "请阅知");
                });
        JsonNode timeline = api("editor").get(i + "/timeline").json();
        assertThat(timeline.toString()).contains("\"stepId\":\"cc\"", "抄送给");
    }

    @Test
    void onlyEditorsAndApproversInTheChainCopyToPeopleOfTheCentreWhileTheIssueIsInProgress() {
        String cc = "/api/issues/" + issue.id() + "/cc";
        Map<String, Object> toRecipient = Map.of("usernames", List.of("recipient2"));
        // The leader's step is not open yet and the leader has not decided a step of this issue.
        for (String refused : List.of("leader", "auditor", "gat", unit.submitter(), "sysadmin")) {
            assertThat(api(refused).post(cc, toRecipient).status()).as(refused).isEqualTo(403);
        }
        for (String nobody : List.of("gat", "sysadmin", "auditor", "editor", "nobody-here")) {
            ApiClient.Response refused = api("editor").post(cc, Map.of("usernames", List.of(nobody)));
            assertThat(refused.status()).as(nobody).isEqualTo(400);
            assertThat(refused.body()).contains("不能抄送给");
        }
        assertThat(api("editor").post(cc, Map.of("usernames", List.of())).status()).isEqualTo(400);
        assertThat(api("editor").post(cc, Map.of("usernames", List.of("recipient2"), "note", "长".repeat(501)))
                .status()).isEqualTo(400);
        assertThat(rows("SELECT COUNT(*) FROM issue_cc WHERE issue_id = :issue")).isZero();

        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        assertThat(api("reviewer").post(cc, Map.of("usernames", List.of("zhck"))).status()).isEqualTo(200);
        assertThat(api("leader").post(cc, toRecipient).status()).isEqualTo(200);

        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, null);
        jobs.awaitIdle();
        assertThat(issues.require(issue.id()).status()).isIn(IssueStatus.SIGNED_OFF, IssueStatus.DISTRIBUTED);
        assertThat(api("editor").post(cc, Map.of("usernames", List.of("editor2"))).status()).isEqualTo(409);
        assertThat(rows("SELECT COUNT(*) FROM issue_cc WHERE issue_id = :issue")).isEqualTo(2);
    }

    private int rows(String sql) {
        return jdbc.sql(sql).param("issue", issue.id()).query(Integer.class).single();
    }
}
