package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.compilation.Compilation;
import cn.scgov.bulletin.compilation.IssueContent;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the issue process, driven through the services and checked through the engine. */
class IssueProcessTests extends FlowTestSupport {

    private Bulletin bulletin;
    private Issue issue;

    @BeforeEach
    void openIssue() {
        bulletin = newBulletin(TestBulletins.small());
        issue = open(bulletin, LocalDate.of(2026, 11, 2));
    }

    @Test
    void openingGivesEveryContributingDepartmentADraftTaskAtOnce() {
        List<Task> drafts = tasks(issue, IssueProcess.DRAFT_TASK);
        assertThat(drafts).extracting(Task::getCategory).containsExactlyInAnyOrderElementsOf(TestBulletins.DEPARTMENTS);
        assertThat(drafts).allSatisfy(task -> assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("submitter:" + task.getCategory())));
        assertThat(issue.status()).isEqualTo(IssueStatus.COLLECTING);
        assertThat(issues.issueLine(issue).text()).isEqualTo("2026年第1期（总第500期）");
        assertThat(issues.issueLine(issue).proposed()).isTrue();
    }

    @Test
    void happyPathFromDraftsToAcknowledgedDistribution() {
        submit("gat", "公安厅窗口全面启动绿色通道服务。");
        submit("jtyst", "交通运输厅窗口开展上门服务。");
        contributions.nothingToReport(user("zjt"), contributionOf(issue, "zjt").id(), contributionOf(issue, "zjt").version());
        accept("gat");
        accept("jtyst");

        jobs.awaitIdle();
        assertThat(compileTask(issue)).isNotNull();
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
        fillFiguresAndChecklist(12, 3);
        compilation.sendToSignoff(user("editor"), issue.id());

        Task review = tasks(issue, IssueProcess.SIGNOFF_TASK).get(0);
        assertThat(review.getName()).isEqualTo("审核");
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.SIGNOFF);
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        Task signing = tasks(issue, IssueProcess.SIGNOFF_TASK).get(0);
        assertThat(signing.getName()).isEqualTo("签发");
        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, "同意印发");
        jobs.awaitIdle();

        Issue distributed = reload(issue);
        assertThat(distributed.status()).isEqualTo(IssueStatus.DISTRIBUTED);
        assertThat(issues.issueLine(distributed).text()).isEqualTo("2026年第1期（总第500期）");
        assertThat(issues.issueLine(distributed).proposed()).isFalse();
        assertThat(distributed.issueDate()).isNotNull();
        List<Task> receipts = tasks(issue, IssueProcess.ACKNOWLEDGE_TASK);
        assertThat(receipts).extracting(Task::getAssignee).contains("leader", "leader2", "recipient");
        assertThat(receipts).extracting(Task::getAssignee).doesNotContain("recipient2");

        IssueContent content = contents.content(distributed);
        assertThat(content.draft()).isFalse();
        assertThat(content.sections()).filteredOn(s -> s.section().key().equals("news")).first()
                .satisfies(news -> assertThat(news.items()).containsExactly("公安厅窗口全面启动绿色通道服务。", "交通运输厅窗口开展上门服务。"));

        for (Task receipt : receipts) {
            distribution.acknowledge(user(receipt.getAssignee()), issue.id());
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(issue.processInstanceId()).count()).isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.SIGNOFF_TASK).orderByHistoricTaskInstanceEndTime().asc().list())
                .extracting(HistoricTaskInstance::getAssignee).containsExactly("reviewer", "leader");
    }

    @Test
    void returnedContributionGoesBackToTheSameDepartmentAndIsResubmitted() {
        submit("gat", "初稿");
        Contribution submitted = contributionOf(issue, "gat");
        contributions.review(user("editor"), submitted.id(), submitted.version(), ReviewDecision.RETURN, "请补充办件数量");

        Contribution returned = contributionOf(issue, "gat");
        assertThat(returned.status()).isEqualTo(ContributionStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请补充办件数量");
        Task draft = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).taskCategory("gat").singleResult();
        assertThat(draft).isNotNull();
        assertThat(taskService.createTaskQuery().taskCandidateGroup("submitter:jtyst").taskId(draft.getId()).count()).isZero();

        submit("gat", "修改稿：共办件 279 件。");
        Contribution resubmitted = contributionOf(issue, "gat");
        assertThat(resubmitted.status()).isEqualTo(ContributionStatus.SUBMITTED);
        assertThat(resubmitted.revision()).isEqualTo(2);
        assertThat(contributions.revisions(user("gat"), resubmitted.id())).hasSize(2)
                .extracting(r -> r.items().get(0).text()).containsExactly("初稿", "修改稿：共办件 279 件。");
        accept("gat");
        assertThat(contributionOf(issue, "gat").status()).isEqualTo(ContributionStatus.ACCEPTED);
    }

    @Test
    void departmentsWithNothingToReportFinishWithoutReview() {
        for (String department : TestBulletins.DEPARTMENTS) {
            Contribution contribution = contributionOf(issue, department);
            contributions.nothingToReport(user(department), contribution.id(), contribution.version());
        }
        jobs.awaitIdle();
        assertThat(tasks(issue, IssueProcess.REVIEW_TASK)).isEmpty();
        assertThat(compileTask(issue)).isNotNull();
        assertThat(contributions.ofIssue(user("editor"), issue.id())).extracting(Contribution::status)
                .containsOnly(ContributionStatus.NOTHING_TO_REPORT);
    }

    @Test
    void closingCollectionEarlyMarksDepartmentsThatHaveNotSubmittedAndKeepsThemVisible() {
        submit("gat", "已报送的稿件");
        Contribution jtyst = contributionOf(issue, "jtyst");
        contributions.save(user("jtyst"), jtyst.id(), jtyst.version(), List.of(new DraftItem(newsSection(), "未完成的草稿")));

        issueService.closeCollection(user("editor"), issue.id());

        assertThat(contributionOf(issue, "jtyst").status()).isEqualTo(ContributionStatus.NOT_SUBMITTED);
        assertThat(contributionOf(issue, "jtyst").items()).extracting(i -> i.text()).containsExactly("未完成的草稿");
        assertThat(contributionOf(issue, "zjt").status()).isEqualTo(ContributionStatus.NOT_SUBMITTED);
        assertThat(tasks(issue, IssueProcess.DRAFT_TASK)).isEmpty();
        Contribution gat = contributionOf(issue, "gat");
        assertThatThrownBy(() -> contributions.review(user("editor"), gat.id(), gat.version(), ReviewDecision.RETURN, "太晚了"))
                .isInstanceOf(ConflictException.class);
        accept("gat");
        jobs.awaitIdle();
        assertThat(compileTask(issue)).isNotNull();
        assertThat(contributions.ofIssue(user("editor"), issue.id())).hasSize(3);
    }

    @Test
    void leaderReturnsToEditorThenApprovesAfterRecompiling() {
        driveToSignoff();
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        signoff.decide(user("leader"), issue.id(), Decision.RETURN, "请核对统计数字");

        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
        assertThat(compileTask(issue)).isNotNull();
        fillFiguresAndChecklist(15, 4);
        compilation.sendToSignoff(user("editor"), issue.id());
        assertThat(tasks(issue, IssueProcess.SIGNOFF_TASK).get(0).getName()).isEqualTo("审核");
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, "同意印发");
        jobs.awaitIdle();

        assertThat(reload(issue).status()).isEqualTo(IssueStatus.DISTRIBUTED);
        List<String> opinions = taskService.getProcessInstanceComments(issue.processInstanceId(), IssueProcess.OPINION_COMMENT)
                .stream().map(c -> c.getFullMessage()).toList();
        assertThat(opinions).contains("请核对统计数字", "同意印发");
    }

    @Test
    void editorCancelsBeforeSignoffWithAReason() {
        submit("gat", "稿件");
        issueService.cancel(user("editor"), issue.id(), "本周与月报合并编发");

        Issue cancelled = reload(issue);
        assertThat(cancelled.status()).isEqualTo(IssueStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("本周与月报合并编发");
        assertThat(taskService.createTaskQuery().processInstanceId(issue.processInstanceId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(issue.processInstanceId())
                .activityId("cancelled").count()).isEqualTo(1);
        assertThatThrownBy(() -> issueService.cancel(user("editor"), issue.id(), "再次作废"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void signedOffIssueCannotBeCancelled() {
        driveToSignoff();
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, null);
        jobs.awaitIdle();
        assertThatThrownBy(() -> issueService.cancel(user("editor"), issue.id(), "晚了"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已签发");
    }

    @Test
    void distributedIssuesAreNumberedWithoutGapsWhateverIsCancelled() {
        Issue second = open(bulletin, LocalDate.of(2026, 11, 9));
        Issue third = open(bulletin, LocalDate.of(2026, 11, 16));
        assertThat(issues.issueLine(third).text()).isEqualTo("2026年第3期（总第502期）");

        issueService.cancel(user("editor"), second.id(), "并入下期");
        assertThat(issues.issueLine(reload(third)).text()).isEqualTo("2026年第2期（总第501期）");

        Issue first = issue;
        issue = third;
        driveToSignoff();
        signOff();
        issue = first;
        driveToSignoff();
        signOff();

        assertThat(reload(third).yearlyNumber()).isEqualTo(1);
        assertThat(reload(third).cumulativeNumber()).isEqualTo(500);
        assertThat(reload(first).yearlyNumber()).isEqualTo(2);
        assertThat(reload(first).cumulativeNumber()).isEqualTo(501);
        assertThat(reload(second).yearlyNumber()).isNull();
    }

    @Test
    void yearToDateFiguresFollowFromEarlierIssuesAndRunningTotalsNeverFall() {
        catalog.setOpeningFigures(user("editor"), bulletin.id(), 2026, Map.of("figures.consultations", 100L, "figures.accepted", 10L));
        driveToSignoff(20, 5, 1000);
        signOff();

        Issue next = open(bulletin, LocalDate.of(2026, 11, 9));
        issue = next;
        driveToCompile();
        long section = sectionId("figures");
        var figures = compilation.fillStatistics(user("editor"), issue.id(), section, Map.of("consultations", 7L, "accepted", 1L));
        assertThat(figures).filteredOn(f -> f.metricKey().equals("consultations")).first()
                .satisfies(f -> {
                    assertThat(f.yearToDate()).isEqualByComparingTo("127");
                    assertThat(f.previousYearToDate()).isEqualByComparingTo("120");
                });
        long platform = sectionId("platform");
        assertThatThrownBy(() -> compilation.fillStatistics(user("editor"), issue.id(), platform, Map.of("licensing", 999L)))
                .hasMessageContaining("不能低于上期的 1000");
        compilation.fillStatistics(user("editor"), issue.id(), platform, Map.of("licensing", 1500L));
        Compilation compiled = compilation.compilation(user("editor"), issue.id());
        assertThat(compiled.sections()).filteredOn(s -> s.section().key().equals("figures")).first()
                .satisfies(s -> assertThat(s.sentence()).isEqualTo("本周，共计咨询 7 人次、受理 1 件；今年以来，累计咨询 127 人次、受理 16 件。"));
    }

    // ---- steps

    private void submit(String department, String text) {
        Contribution contribution = contributionOf(issue, department);
        contributions.submit(user(department), contribution.id(), contribution.version(),
                List.of(new DraftItem(newsSection(), text)));
    }

    private void accept(String department) {
        Contribution contribution = contributionOf(issue, department);
        contributions.review(user("editor"), contribution.id(), contribution.version(), ReviewDecision.ACCEPT, null);
    }

    private void driveToCompile() {
        submit("gat", "公安厅窗口工作动态。");
        accept("gat");
        for (String department : List.of("jtyst", "zjt")) {
            Contribution contribution = contributionOf(issue, department);
            contributions.nothingToReport(user(department), contribution.id(), contribution.version());
        }
        jobs.awaitIdle();
        assertThat(compileTask(issue)).isNotNull();
    }

    private void driveToSignoff() {
        driveToSignoff(12, 3, 100);
    }

    private void driveToSignoff(long consultations, long accepted, long licensing) {
        driveToCompile();
        fillFiguresAndChecklist(consultations, accepted);
        compilation.fillStatistics(user("editor"), issue.id(), sectionId("platform"), Map.of("licensing", licensing));
        compilation.sendToSignoff(user("editor"), issue.id());
    }

    private void signOff() {
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, "同意印发");
        jobs.awaitIdle();
    }

    private void fillFiguresAndChecklist(long consultations, long accepted) {
        compilation.fillStatistics(user("editor"), issue.id(), sectionId("figures"),
                Map.of("consultations", consultations, "accepted", accepted));
        compilation.fillStatistics(user("editor"), issue.id(), sectionId("platform"), Map.of("licensing", 100L));
        compilation.fillChecklist(user("editor"), issue.id(), sectionId("inspection"), List.of("总体情况良好。", "总体情况良好。"));
    }

    private long newsSection() {
        return sectionId("news");
    }

    private long sectionId(String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }
}
