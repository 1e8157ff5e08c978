package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.rendering.DocumentFormat;
import cn.scgov.bulletin.rendering.IssueDocuments;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;
import cn.scgov.bulletin.support.SmallIssueFlow;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The issue date (成文日期) is its own field with limits, set by the editor before sign-off or by the
 * last signer, printed in the masthead and kept in the frozen files and the process log; the period
 * line and the print-run line are optional per issue (0 copies prints none).
 */
class IssueDateAndLinesApiTests extends ApiTestSupport {

    @Autowired
    IssueDocuments documents;

    private final SmallIssueFlow flow = new SmallIssueFlow(this);
    private Issue issue;

    @BeforeEach
    void openIssue() {
        Bulletin bulletin = newBulletin(TestBulletins.small());
        issue = flow.open(bulletin, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), LocalDateTime.of(2026, 3, 2, 9, 0));
    }

    @Test
    void theEditorSetsTheIssueDateWithinLimitsAndThenOnlyTheLastSignerMay() {
        flow.at(LocalDateTime.of(2026, 3, 9, 9, 0));
        ApiClient.Response early = api("editor").put(date(), Map.of("issueDate", "2026-03-05", "version", version()));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get("issueDate").asString()).contains("不能早于统计时段的最后一天", "2026年3月6日");
        assertThat(api("editor").put(date(), Map.of("issueDate", "2026-04-09", "version", version())).status())
                .as("more than 30 days ahead").isEqualTo(400);
        assertThat(api("gat").put(date(), Map.of("issueDate", "2026-03-10", "version", version())).status()).isEqualTo(403);
        ApiClient.Response set = api("editor").put(date(), Map.of("issueDate", "2026-03-12", "version", version()));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("issueDate").asString()).isEqualTo("2026-03-12");
        assertThat(api("editor").put(date(), Map.of("issueDate", "2026-03-11", "version", version() - 1)).status())
                .as("a stale version").isEqualTo(409);
        assertThat(text()).as("the draft is dated as set").contains("2026年3月12日");

        flow.compile(issue, 1, 1, 1);
        flow.send(issue);
        assertThat(api("editor").put(date(), Map.of("issueDate", "2026-03-10", "version", version())).status())
                .as("in sign-off the editor no longer dates it").isEqualTo(409);
        assertThat(api("reviewer").post(signoffPath(), Map.of("decision", "APPROVE", "issueDate", "2026-03-09")).status())
                .as("only the last signer dates the issue").isEqualTo(400);
        assertThat(api("reviewer").post(signoffPath(), Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        ApiClient.Response planned = api("leader").post(signoffPath(), Map.of("decision", "APPROVE"));
        assertThat(planned.status()).as("the editor's date of 12 March is after today, the 9th").isEqualTo(409);
        assertThat(planned.json().get("detail").asString()).contains("2026年3月12日");
        ApiClient.Response future = api("leader").post(signoffPath(), Map.of("decision", "APPROVE", "issueDate", "2026-03-10"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get("issueDate").asString()).contains("不能晚于签发当日");
        assertThat(api("leader").post(signoffPath(), Map.of("decision", "APPROVE", "issueDate", "2026-03-06")).status())
                .isEqualTo(200);
        jobs.awaitIdle();

        JsonNode signed = api("editor").get("/api/issues/" + issue.id()).json();
        assertThat(signed.get("status").asString()).isEqualTo("DISTRIBUTED");
        assertThat(signed.get("issueDate").asString()).isEqualTo("2026-03-06");
        assertThat(text()).contains("\n2026年3月6日\n");
        JsonNode log = api("auditor").get("/api/issues/" + issue.id() + "/log").json();
        assertThat(log.toString()).contains("成文日期：2026年3月12日", "成文日期：2026年3月6日（签发人确定）",
                "成文日期 2026年3月6日");
    }

    @Test
    void withoutADateTheIssueIsDatedTheDayOfTheLastSignOff() {
        flow.compile(issue, 1, 1, 1);
        flow.send(issue);
        Issue signed = flow.signOff(issue, LocalDateTime.of(2026, 3, 11, 16, 0), null);
        assertThat(signed.issueDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(text()).contains("\n2026年3月11日\n");
    }

    @Test
    void theEditorMayLeaveOutThePeriodLineAndThePrintRun() {
        assertThat(text()).contains("（3月2日—3月6日）", "（共印 94份）");
        ApiClient.Response noCopies = api("editor").put("/api/issues/" + issue.id() + "/print-copies",
                Map.of("copies", 0, "version", version()));
        assertThat(noCopies.status()).as(noCopies.toString()).isEqualTo(200);
        assertThat(noCopies.json().get("printCopies").asInt()).isZero();
        assertThat(api("editor").put("/api/issues/" + issue.id() + "/print-copies", Map.of("copies", -1, "version", version()))
                .status()).isEqualTo(400);
        ApiClient.Response noPeriod = api("editor").put("/api/issues/" + issue.id() + "/period-line",
                Map.of("printed", false, "version", version()));
        assertThat(noPeriod.status()).as(noPeriod.toString()).isEqualTo(200);
        assertThat(noPeriod.json().get("periodLinePrinted").asBoolean()).isFalse();
        Map<String, Object> missing = new HashMap<>();
        missing.put("version", version());
        assertThat(api("editor").put("/api/issues/" + issue.id() + "/period-line", missing).status()).isEqualTo(400);
        String text = text();
        assertThat(text).doesNotContain("（3月2日—3月6日）", "共印");
        assertThat(text).contains("政务服务工作\n\n一、", "报：中心领导。\n发：各部门窗口。\n");
    }

    private String date() {
        return "/api/issues/" + issue.id() + "/issue-date";
    }

    private String signoffPath() {
        return "/api/issues/" + issue.id() + "/signoff";
    }

    private int version() {
        return reload(issue).version();
    }

    private String text() {
        return new String(documents.document(user("editor"), issue.id(), DocumentFormat.TXT).content(), StandardCharsets.UTF_8);
    }
}
