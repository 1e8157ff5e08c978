package cn.scgov.bulletin.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.compilation.CompilationService;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.CredentialRequests;
import cn.scgov.bulletin.directory.DirectoryAdministration;
import cn.scgov.bulletin.support.Accounts;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.support.ApiTestSupport;

import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Everyone who gets work is told, whichever way it reaches them — a review, the compilation, a
 * sign-off step offered to a group, a transfer, a delegation, an added signer, a receipt — and every
 * notice about a task is done once the task is done, whoever did it.
 */
class TaskNoticeTests extends ApiTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Notices notices;
    @Autowired DirectoryAdministration administration;
    @Autowired Credentials credentials;
    @Autowired CompilationService compilationService;

    @Test
    void everyoneWhoGetsATaskIsToldAndTheNoticeIsDoneWithTheTask() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        String reviewer2 = person(Role.REVIEWER, "副处长");
        Issue issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 10, 12));
        String draft = task(issue, IssueProcess.DRAFT_TASK).getId();
        assertThat(about(unit.submitter(), draft)).extracting(Notice::kind).containsExactly("ISSUE_OPENED");
        assertThat(about(unit.submitter2(), draft)).extracting(Notice::kind).containsExactly("ISSUE_OPENED");

        fixture.submit(issue, unit.submitter(), unit.code(), "本周受理业务 120 件。");
        assertThat(about(unit.submitter2(), draft)).as("the draft is done, by the other submitter")
                .allSatisfy(n -> assertThat(n.doneAt()).isNotNull());
        String review = task(issue, IssueProcess.REVIEW_TASK).getId();
        assertThat(about("editor", review)).extracting(Notice::kind, Notice::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("REVIEW", title(issue) + "：" + unit.name() + "已报送稿件，请审核"));
        fixture.accept(issue, unit.code());
        assertThat(about("editor2", review)).singleElement().satisfies(n -> assertThat(n.doneAt()).isNotNull());

        jobs.awaitIdle();
        String compile = task(issue, IssueProcess.COMPILE_TASK).getId();
        assertThat(about("editor2", compile)).extracting(Notice::kind).containsExactly("COMPILE");
        compilationService.sendToSignoff(user("editor"), issue.id());
        assertThat(about("editor2", compile)).allSatisfy(n -> assertThat(n.doneAt()).isNotNull());

        // Step one goes to every reviewer; one transfers it, the other decides: all its notices are done.
        String first = task(issue, IssueProcess.SIGNOFF_TASK).getId();
        assertThat(about("reviewer", first)).extracting(Notice::kind).containsExactly("SIGNOFF");
        assertThat(about(reviewer2, first)).extracting(Notice::kind).containsExactly("SIGNOFF");
        assertThat(api("reviewer").post("/api/tasks/" + first + "/transfer", Map.of("username", reviewer2)).status())
                .isEqualTo(204);
        assertThat(about(reviewer2, first)).extracting(Notice::kind, Notice::message).contains(
                org.assertj.core.groups.Tuple.tuple("TRANSFERRED", "张建国将“审核”转办给您"));
        assertThat(about("reviewer", first)).as("the one who transferred it is told nothing new").hasSize(1);
        assertThat(api(reviewer2).post("/api/issues/" + issue.id() + "/signoff", Map.of("decision", "APPROVE",
                "opinion", "同意")).status()).isLessThan(300);
        for (String person : List.of("reviewer", reviewer2)) {
            assertThat(about(person, first)).allSatisfy(n -> {
                assertThat(n.doneAt()).as(person + " " + n.kind()).isNotNull();
                assertThat(n.readAt()).isNotNull();
            });
        }

        // Step two: the leader adds a signer after them and delegates their step to another leader.
        String second = task(issue, IssueProcess.SIGNOFF_TASK).getId();
        assertThat(about("leader2", second)).extracting(Notice::kind).containsExactly("SIGNOFF");
        // A reviewer as the added last step: this bulletin's rules allow it (the default allows leaders only).
        assertThat(api("sysadmin").put("/api/bulletins/" + issue.bulletinId() + "/signoff-rules", Map.of("maxAddedSigners", 3,
                "leadersOnlyLastStep", false, "stepDueHours", 24, "version", 0)).status()).isEqualTo(200);
        assertThat(api("leader").post("/api/issues/" + issue.id() + "/signoff/signers", Map.of("username", reviewer2,
                "stepName", "加签审核")).status()).isLessThan(300);
        assertThat(api("leader").post("/api/tasks/" + second + "/delegate", Map.of("username", "leader2")).status())
                .isEqualTo(204);
        assertThat(about("leader2", second)).extracting(Notice::kind).containsExactly("SIGNOFF", "DELEGATED");
        // Delegation comes back (委派 / 归还): the delegate hands it back with an opinion, the leader decides.
        assertThat(api("leader2").post("/api/tasks/" + second + "/resolve", Map.of("opinion", "建议同意")).status())
                .isEqualTo(204);
        assertThat(api("leader").post("/api/issues/" + issue.id() + "/signoff", Map.of("decision", "APPROVE",
                "opinion", "同意")).status()).isLessThan(300);
        assertThat(about("leader", second)).isNotEmpty().allSatisfy(n -> assertThat(n.doneAt()).isNotNull());
        assertThat(about("leader2", second)).allSatisfy(n -> assertThat(n.doneAt()).isNotNull());

        String added = task(issue, IssueProcess.SIGNOFF_TASK).getId();
        assertThat(about(reviewer2, added)).extracting(Notice::kind, Notice::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("SIGNER_ADDED", title(issue) + "加签请您审签（加签审核）"));
        assertThat(about("reviewer", added)).as("an added signer's step is theirs alone").isEmpty();
        assertThat(api(reviewer2).post("/api/issues/" + issue.id() + "/signoff", Map.of("decision", "APPROVE",
                "opinion", "同意印发")).status()).isLessThan(300);
        assertThat(about(reviewer2, added)).allSatisfy(n -> assertThat(n.doneAt()).isNotNull());

        jobs.awaitIdle();
        Task receipt = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.ACKNOWLEDGE_TASK).taskAssignee("recipient").singleResult();
        assertThat(about("recipient", receipt.getId())).extracting(Notice::kind).containsExactly("DELIVERED");
        long unread = notices.unread(user("recipient"));
        assertThat(api("recipient").post("/api/issues/" + issue.id() + "/acknowledge", null).status()).isLessThan(300);
        assertThat(about("recipient", receipt.getId())).allSatisfy(n -> assertThat(n.doneAt()).isNotNull());
        assertThat(notices.unread(user("recipient"))).isEqualTo(unread - 1);
    }

    @Test
    void aReturnedDraftIsToldOnceAndACancelledIssueIsNamedByItsYearAndPeriod() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Issue issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 11, 2));
        String firstDraft = task(issue, IssueProcess.DRAFT_TASK).getId();
        fixture.submit(issue, unit.submitter(), unit.code(), "本周受理业务 80 件。");
        var contribution = fixture.contribution(issue, unit.code());
        contributions.review(user("editor"), contribution.id(), contribution.version(),
                cn.scgov.bulletin.contribution.ContributionService.ReviewDecision.RETURN, "请补充满意度");
        String secondDraft = task(issue, IssueProcess.DRAFT_TASK).getId();
        assertThat(secondDraft).isNotEqualTo(firstDraft);
        assertThat(about(unit.submitter2(), secondDraft)).extracting(Notice::kind, Notice::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RETURNED", title(issue) + "稿件被退回：请补充满意度"));

        issueService.cancel(user("editor"), issue.id(), "期次重复");
        jobs.awaitIdle();
        assertThat(about(unit.submitter2(), secondDraft)).allSatisfy(n -> assertThat(n.doneAt()).isNotNull());
        assertThat(notices.list(user(unit.submitter2()), false, new PageRequest(0, 20)).items())
                .filteredOn(n -> n.kind().equals("CANCELLED")).extracting(Notice::message)
                .containsExactly("《窗口工作周报》2026年11月2日—11月6日一期已作废：期次重复");
        assertThat(notices.list(user(unit.submitter2()), false, new PageRequest(0, 20)).items())
                .extracting(Notice::message).noneMatch(message -> message.contains("已作废已作废"));
    }

    private List<Notice> about(String username, String taskId) {
        return notices.list(user(username), false, new PageRequest(0, 200)).items().stream()
                .filter(n -> taskId.equals(n.taskId())).sorted(java.util.Comparator.comparing(Notice::id)).toList();
    }

    private Task task(Issue issue, String key) {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId()).taskDefinitionKey(key)
                .singleResult();
    }

    private String title(Issue issue) {
        return "《窗口工作周报》" + issues.issueLine(issues.require(issue.id())).text();
    }

    private String person(Role role, String name) {
        String username = "r" + System.nanoTime() % 1_000_000;
        new Accounts(administration, context.getBean(CredentialRequests.class), credentials, directory)
                .create(username, name, "bgs", EnumSet.of(role), ParticipantsFixture.PASSWORD);
        return username;
    }
}
