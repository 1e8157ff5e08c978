package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.support.ApiClient;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Bulk work through the API (批量签收, 批量采用, 批量签收文件): every item goes through the single operation, one
 * item's refusal (claimed by someone else, a stale version, not delivered) is that item's own 4xx and leaves the
 * others done, as the engine's queries and the process log show.
 */
class BulkOperationsTests extends ApiTestSupport {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private ParticipantsFixture.Unit neighbour;
    private Bulletin bulletin;

    @BeforeEach
    void departments() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        neighbour = fixture.unit();
        bulletin = fixture.bulletin(List.of(unit.code(), neighbour.code()));
    }

    @Test
    void bulkClaimClaimsEachFreeTaskAndAnswersEachRefusalOnItsOwn() {
        List<Issue> opened = IntStream.range(0, 3).mapToObj(week -> fixture.open(bulletin,
                LocalDate.of(2026, 6, 1).plusWeeks(week))).toList();
        List<String> drafts = opened.stream().map(issue -> draft(issue, unit.code()).getId()).toList();
        String neighbours = draft(opened.get(0), neighbour.code()).getId();
        // The second submitter of the department was quicker on the second issue.
        assertThat(api(unit.submitter2()).post("/api/tasks/" + drafts.get(1) + "/claim", null).status()).isEqualTo(204);

        ApiClient.Response response = api(unit.submitter()).post("/api/tasks/bulk-claim", Map.of("taskIds",
                List.of(drafts.get(0), drafts.get(1), drafts.get(2), neighbours, "no-such-task", drafts.get(0))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json();
        assertThat(items).hasSize(5);
        assertOutcome(items.get(0), drafts.get(0), 200, "成功");
        assertOutcome(items.get(1), drafts.get(1), 409, "该任务已由他人签收");
        assertOutcome(items.get(2), drafts.get(2), 200, "成功");
        assertOutcome(items.get(3), neighbours, 403, "无权办理该任务");
        assertOutcome(items.get(4), "no-such-task", 404, "任务不存在或已办结");

        assertThat(assignee(drafts.get(0))).isEqualTo(unit.submitter());
        assertThat(assignee(drafts.get(1))).isEqualTo(unit.submitter2());
        assertThat(assignee(drafts.get(2))).isEqualTo(unit.submitter());
        assertThat(assignee(neighbours)).isNull();
        assertThat(jdbc.sql("SELECT task_id FROM process_log WHERE action = 'TASK_CLAIMED' AND actor = :actor")
                .param("actor", unit.submitter()).query(String.class).list())
                .containsExactlyInAnyOrder(drafts.get(0), drafts.get(2));
        assertThat(jdbc.sql("SELECT detail FROM process_log WHERE action = 'REQUEST_REFUSED' AND actor = :actor")
                .param("actor", unit.submitter()).query(String.class).list())
                .anySatisfy(detail -> assertThat(detail).contains("/api/tasks/" + drafts.get(1) + "/claim", "409", "已由他人签收"))
                .anySatisfy(detail -> assertThat(detail).contains("/api/tasks/no-such-task/claim", "404"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM process_log WHERE action = 'ACCESS_DENIED' AND actor = :actor"
                + " AND detail LIKE :path").param("actor", unit.submitter()).param("path", "%" + neighbours + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void bulkRequestsOutsideTheLimitsAreRefusedWhole() {
        Issue issue = fixture.open(bulletin, LocalDate.of(2026, 7, 6));
        String draft = draft(issue, unit.code()).getId();
        List<String> tooMany = new ArrayList<>();
        IntStream.range(0, 101).forEach(n -> tooMany.add(draft));

        ApiClient submitter = api(unit.submitter());
        ApiClient.Response over = submitter.post("/api/tasks/bulk-claim", Map.of("taskIds", tooMany));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("detail").asString()).contains("一次最多处理 100 项");
        assertThat(submitter.post("/api/tasks/bulk-claim", Map.of("taskIds", List.of())).json().get("detail").asString())
                .contains("请至少选择一项");
        assertThat(submitter.post("/api/tasks/bulk-claim", Map.of()).status()).isEqualTo(400);
        assertThat(assignee(draft)).isNull();
        // Nobody is ever offered a task to the auditor: the request is refused, not answered item by item.
        assertThat(api("auditor").post("/api/tasks/bulk-claim", Map.of("taskIds", List.of(draft))).status()).isEqualTo(403);
        assertThat(api(unit.submitter()).post("/api/contributions/bulk-accept", Map.of("contributions",
                List.of(Map.of("id", 1, "version", 0)))).status()).isEqualTo(403);
        assertThat(api("editor").post("/api/contributions/bulk-accept", Map.of("contributions",
                List.of(Map.of("id", 1)))).status()).isEqualTo(400);
    }

    @Test
    void bulkAcceptAcceptsEachContributionAtTheVersionTheEditorSaw() {
        ParticipantsFixture.Unit third = fixture.unit();
        Bulletin three = fixture.bulletin(List.of(unit.code(), neighbour.code(), third.code()));
        Issue issue = fixture.open(three, LocalDate.of(2026, 6, 1));
        fixture.submit(issue, unit.submitter(), unit.code(), "第一份稿件。");
        fixture.submit(issue, neighbour.submitter(), neighbour.code(), "第二份稿件。");
        fixture.submit(issue, third.submitter(), third.code(), "第三份稿件。");
        Contribution first = fixture.contribution(issue, unit.code());
        Contribution second = fixture.contribution(issue, neighbour.code());
        Contribution last = fixture.contribution(issue, third.code());

        ApiClient.Response response = api("editor").post("/api/contributions/bulk-accept", Map.of("contributions", List.of(
                Map.of("id", first.id(), "version", first.version()),
                Map.of("id", second.id(), "version", second.version() - 1),
                Map.of("id", last.id(), "version", last.version()))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json();
        assertOutcome(items.get(0), String.valueOf(first.id()), 200, "成功");
        assertThat(items.get(1).get("id").asString()).isEqualTo(String.valueOf(second.id()));
        assertThat(items.get(1).get("status").asInt()).isEqualTo(409);
        assertOutcome(items.get(2), String.valueOf(last.id()), 200, "成功");

        assertThat(fixture.contribution(issue, unit.code()).status()).isEqualTo(ContributionStatus.ACCEPTED);
        assertThat(fixture.contribution(issue, neighbour.code()).status()).isEqualTo(ContributionStatus.SUBMITTED);
        assertThat(fixture.contribution(issue, third.code()).status()).isEqualTo(ContributionStatus.ACCEPTED);
        // The engine: the two reviews ended as one acceptance each, by the editor; the refused one still waits.
        List<HistoricTaskInstance> reviews = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(issue.processInstanceId()).taskDefinitionKey(IssueProcess.REVIEW_TASK).finished()
                .includeTaskLocalVariables().list();
        assertThat(reviews).extracting(HistoricTaskInstance::getCategory).containsExactlyInAnyOrder(unit.code(), third.code());
        assertThat(reviews).allSatisfy(review -> {
            assertThat(review.getAssignee()).isEqualTo("editor");
            assertThat(review.getTaskLocalVariables()).containsEntry(IssueProcess.DECISION, "ACCEPTED");
        });
        assertThat(taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.REVIEW_TASK).taskCategory(neighbour.code()).count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT department_code FROM process_log WHERE action = 'CONTRIBUTION_ACCEPTED' AND issue_id = :issue")
                .param("issue", issue.id()).query(String.class).list()).containsExactlyInAnyOrder(unit.code(), third.code());
    }

    @Test
    void bulkAcknowledgeAcknowledgesEachDeliveredIssue() {
        Issue early = distributed(LocalDate.of(2026, 6, 1));
        Issue late = distributed(LocalDate.of(2026, 6, 8));
        Issue undelivered = fixture.open(bulletin, LocalDate.of(2026, 6, 15));
        ApiClient recipient = api("recipient");
        assertThat(recipient.post("/api/issues/" + early.id() + "/acknowledge", null).status()).isEqualTo(200);

        ApiClient.Response response = recipient.post("/api/deliveries/bulk-acknowledge",
                Map.of("issueIds", List.of(early.id(), late.id(), undelivered.id())));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode items = response.json();
        assertOutcome(items.get(0), String.valueOf(early.id()), 409, "您已签收该期次");
        assertOutcome(items.get(1), String.valueOf(late.id()), 200, "成功");
        assertOutcome(items.get(2), String.valueOf(undelivered.id()), 403, "该期次未分发给您");
        assertThat(taskService.createTaskQuery().processInstanceId(late.processInstanceId())
                .taskDefinitionKey(IssueProcess.ACKNOWLEDGE_TASK).taskAssignee("recipient").count()).isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(late.processInstanceId())
                .taskDefinitionKey(IssueProcess.ACKNOWLEDGE_TASK).taskAssignee("recipient").finished().count()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM process_log WHERE action = 'RECEIPT_ACKNOWLEDGED' AND actor = 'recipient'"
                + " AND issue_id = :issue").param("issue", late.id()).query(Long.class).single()).isEqualTo(1);
    }

    private Issue distributed(LocalDate monday) {
        Issue issue = fixture.open(bulletin, monday);
        fixture.submit(issue, unit.submitter(), unit.code(), "窗口稿件。");
        fixture.accept(issue, unit.code());
        fixture.submit(issue, neighbour.submitter(), neighbour.code(), "邻近窗口稿件。");
        fixture.accept(issue, neighbour.code());
        fixture.distribute(issue);
        return issue;
    }

    private Task draft(Issue issue, String department) {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory(department).singleResult();
    }

    private String assignee(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private static void assertOutcome(JsonNode item, String id, int status, String message) {
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("status").asInt()).as(item.toString()).isEqualTo(status);
        assertThat(item.get("message").asString()).contains(message);
    }
}
