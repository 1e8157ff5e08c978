package cn.scgov.bulletin.compilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionReopening;
import cn.scgov.bulletin.contribution.ContributionService.DraftItem;
import cn.scgov.bulletin.contribution.ContributionService.ReviewDecision;
import cn.scgov.bulletin.contribution.ContributionStatus;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor returns an accepted contribution to its department while compiling (退回部门修改): the process's
 * own revision path, checked through the engine's queries, and the compiled items its acceptance replaces.
 */
class ReturnFromCompilationTests extends FlowTestSupport {

    @Autowired
    ContributionReopening reopening;

    @Autowired
    CompiledItemRevisions itemRevisions;

    @Autowired
    JdbcClient jdbc;

    private Issue issue;

    @BeforeEach
    void compiling() {
        Bulletin bulletin = newBulletin(TestBulletins.small());
        issue = open(bulletin, LocalDate.of(2026, 11, 9));
        Contribution gat = contributionOf(issue, "gat");
        contributions.submit(user("gat"), gat.id(), gat.version(),
                List.of(new DraftItem(news(), "公安厅窗口办件 200 件。"), new DraftItem(news(), "公安厅窗口开展延时服务。")));
        accept("gat");
        Contribution jtyst = contributionOf(issue, "jtyst");
        contributions.submit(user("jtyst"), jtyst.id(), jtyst.version(), List.of(new DraftItem(news(), "交通运输厅窗口上门服务。")));
        accept("jtyst");
        Contribution zjt = contributionOf(issue, "zjt");
        contributions.nothingToReport(user("zjt"), zjt.id(), zjt.version());
        jobs.awaitIdle();
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.COMPILING);
        compilation.fillStatistics(user("editor"), issue.id(), section("figures"),
                Map.of("consultations", 12L, "accepted", 3L));
        compilation.fillStatistics(user("editor"), issue.id(), section("platform"), Map.of("licensing", 100L));
        compilation.fillChecklist(user("editor"), issue.id(), section("inspection"), List.of("总体情况良好。", "总体情况良好。"));
    }

    @Test
    void returnedContributionIsRevisedAcceptedAndReplacesItsCompiledItemsThenTheIssueGoesToSignoff() {
        CompiledItem first = gatItems().get(0);
        compilation.editItem(user("editor"), issue.id(), first.id(), "公安厅窗口本周办件 200 件。", true, first.version());
        Contribution accepted = contributionOf(issue, "gat");

        reopening.reopen(user("editor"), accepted.id(), accepted.version(), "办件数请按系统统计核实");

        Contribution returned = contributionOf(issue, "gat");
        assertThat(returned.status()).isEqualTo(ContributionStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("办件数请按系统统计核实");
        Task revise = single(IssueProcess.REVISE_TASK);
        assertThat(revise.getCategory()).isEqualTo("gat");
        assertThat(taskService.getIdentityLinksForTask(revise.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("submitter:gat"));
        assertThat(compileTask(issue)).as("the editor keeps compiling").isNotNull();
        assertThat(runtimeService.getActiveActivityIds(issue.processInstanceId()))
                .contains(IssueProcess.COMPILE_TASK, IssueProcess.REVISE_TASK, "contributionRevision");
        assertThat(taskService.getTaskComments(revise.getId(), ContributionReopening.REOPENING_COMMENT))
                .extracting(comment -> comment.getFullMessage()).containsExactly("办件数请按系统统计核实");
        assertThat(jdbc.sql("SELECT opinion FROM process_log WHERE issue_id = :issue AND action = 'CONTRIBUTION_REOPENED'")
                .param("issue", issue.id()).query(String.class).list()).containsExactly("办件数请按系统统计核实");
        assertThat(jdbc.sql("SELECT message FROM notice WHERE recipient = 'gat' AND issue_id = :issue AND kind = 'RETURNED'")
                .param("issue", issue.id()).query(String.class).list()).as("the department is told")
                .anySatisfy(message -> assertThat(message).contains("办件数请按系统统计核实"));

        assertThatThrownBy(() -> compilation.sendToSignoff(user("editor"), issue.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("公安厅");
        assertThatThrownBy(() -> contributions.submit(user("jtyst"), returned.id(), returned.version(),
                List.of(new DraftItem(news(), "别的部门代改")))).isInstanceOf(ForbiddenException.class);

        contributions.submit(user("gat"), returned.id(), returned.version(),
                List.of(new DraftItem(news(), "公安厅窗口本周办件 198 件。")));
        Task review = single(IssueProcess.REVISION_REVIEW_TASK);
        assertThat(review.getCategory()).isEqualTo("gat");
        Contribution submitted = contributionOf(issue, "gat");
        contributions.review(user("editor"), submitted.id(), submitted.version(), ReviewDecision.RETURN, "请补充延时服务");
        assertThat(single(IssueProcess.REVISE_TASK).getCategory()).isEqualTo("gat");
        assertThatThrownBy(() -> compilation.sendToSignoff(user("editor"), issue.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("公安厅");

        Contribution again = contributionOf(issue, "gat");
        contributions.submit(user("gat"), again.id(), again.version(), List.of(new DraftItem(news(), "公安厅窗口本周办件 198 件。"),
                new DraftItem(news(), "公安厅窗口开展延时服务 5 次。"), new DraftItem(news(), "公安厅窗口新增自助终端。")));
        accept("gat");

        assertThat(contributionOf(issue, "gat").status()).isEqualTo(ContributionStatus.ACCEPTED);
        assertThat(tasks(issue, IssueProcess.REVISE_TASK)).isEmpty();
        assertThat(tasks(issue, IssueProcess.REVISION_REVIEW_TASK)).isEmpty();
        List<CompiledItem> items = gatItems();
        assertThat(items).extracting(CompiledItem::text).containsExactly("公安厅窗口本周办件 198 件。",
                "公安厅窗口开展延时服务 5 次。", "公安厅窗口新增自助终端。");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.included()).isTrue();
            assertThat(item.originalText()).isEqualTo(item.text());
        });
        assertThat(items.get(0).id()).as("the first item is replaced in place").isEqualTo(first.id());
        assertThat(itemRevisions.revisions(user("editor"), issue.id(), first.id()))
                .extracting(CompiledItemRevisions.ItemRevision::text)
                .containsExactly("公安厅窗口办件 200 件。", "公安厅窗口本周办件 200 件。", "公安厅窗口本周办件 198 件。");

        compilation.sendToSignoff(user("editor"), issue.id());
        assertThat(reload(issue).status()).isEqualTo(IssueStatus.SIGNOFF);
        List<HistoricTaskInstance> revisions = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(issue.processInstanceId())
                .taskDefinitionKeys(List.of(IssueProcess.REVISE_TASK, IssueProcess.REVISION_REVIEW_TASK))
                .orderByHistoricTaskInstanceStartTime().asc().list();
        assertThat(revisions).extracting(HistoricTaskInstance::getTaskDefinitionKey).containsExactly(
                IssueProcess.REVISE_TASK, IssueProcess.REVISION_REVIEW_TASK, IssueProcess.REVISE_TASK,
                IssueProcess.REVISION_REVIEW_TASK);
        assertThat(revisions).extracting(HistoricTaskInstance::getCategory).containsOnly("gat");
    }

    @Test
    void aRevisionWithFewerItemsExcludesTheRestAndKeepsThem() {
        Contribution accepted = contributionOf(issue, "gat");
        reopening.reopen(user("editor"), accepted.id(), null, "只保留一条");
        Contribution returned = contributionOf(issue, "gat");
        contributions.submit(user("gat"), returned.id(), returned.version(), List.of(new DraftItem(news(), "公安厅窗口办件 201 件。")));
        accept("gat");

        List<CompiledItem> items = gatItems();
        assertThat(items).extracting(CompiledItem::text).containsExactly("公安厅窗口办件 201 件。", "公安厅窗口开展延时服务。");
        assertThat(items).extracting(CompiledItem::included).containsExactly(true, false);
        assertThat(contents.content(reload(issue)).sections()).filteredOn(s -> s.section().key().equals("news")).first()
                .satisfies(news -> assertThat(news.items()).containsExactly("公安厅窗口办件 201 件。", "交通运输厅窗口上门服务。"));
    }

    @Test
    void twoDepartmentsMayReviseAtOnceAndADepartmentMayBeReturnedAgain() {
        Contribution gat = contributionOf(issue, "gat");
        Contribution jtyst = contributionOf(issue, "jtyst");
        reopening.reopen(user("editor"), gat.id(), null, "公安厅请核实");
        reopening.reopen(user("editor"), jtyst.id(), null, "交通运输厅请补充");
        assertThat(tasks(issue, IssueProcess.REVISE_TASK)).extracting(Task::getCategory).containsExactlyInAnyOrder("gat", "jtyst");
        assertThat(taskService.createTaskQuery().taskCandidateGroup("submitter:jtyst").processInstanceId(issue.processInstanceId())
                .list()).extracting(Task::getCategory).containsExactly("jtyst");
        assertThatThrownBy(() -> compilation.sendToSignoff(user("editor"), issue.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("公安厅").hasMessageContaining("交通运输厅");

        for (String department : List.of("gat", "jtyst")) {
            Contribution returned = contributionOf(issue, department);
            contributions.submit(user(department), returned.id(), returned.version(),
                    List.of(new DraftItem(news(), department + " 修改稿。")));
            accept(department);
        }
        Contribution accepted = contributionOf(issue, "gat");
        reopening.reopen(user("editor"), accepted.id(), null, "再核实一次");
        assertThat(single(IssueProcess.REVISE_TASK).getCategory()).isEqualTo("gat");
        assertThatThrownBy(() -> compilation.sendToSignoff(user("editor"), issue.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("公安厅").hasMessageNotContaining("交通运输厅");
    }

    @Test
    void reopeningNeedsAnOpinionAnEditorAnAcceptedContributionAndCompiling() {
        Contribution gat = contributionOf(issue, "gat");
        Contribution zjt = contributionOf(issue, "zjt");
        assertThatThrownBy(() -> reopening.reopen(user("editor"), gat.id(), null, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reopening.reopen(user("reviewer"), gat.id(), null, "请修改"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reopening.reopen(user("gat"), gat.id(), null, "请修改"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reopening.reopen(user("editor"), zjt.id(), null, "请修改"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("本期无报送");
        assertThatThrownBy(() -> reopening.reopen(user("editor"), gat.id(), gat.version() - 1, "请修改"))
                .isInstanceOf(ConflictException.class);
        assertThat(tasks(issue, IssueProcess.REVISE_TASK)).as("nothing changed").isEmpty();
        assertThat(contributionOf(issue, "gat").status()).isEqualTo(ContributionStatus.ACCEPTED);

        compilation.sendToSignoff(user("editor"), issue.id());
        assertThatThrownBy(() -> reopening.reopen(user("editor"), gat.id(), null, "请修改"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("汇编阶段");
    }

    @Test
    void anotherDepartmentsSubmitterCannotActOnTheRevisionNorTheEditorsReview() {
        Contribution accepted = contributionOf(issue, "gat");
        reopening.reopen(user("editor"), accepted.id(), null, "请核实");
        Contribution returned = contributionOf(issue, "gat");
        assertThatThrownBy(() -> contributions.save(user("jtyst"), returned.id(), returned.version(),
                List.of(new DraftItem(news(), "代改")))).isInstanceOf(ForbiddenException.class);
        contributions.submit(user("gat"), returned.id(), returned.version(), List.of(new DraftItem(news(), "已核实。")));
        Contribution submitted = contributionOf(issue, "gat");
        assertThatThrownBy(() -> contributions.withdraw(user("jtyst"), submitted.id(), submitted.version()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> contributions.review(user("gat"), submitted.id(), submitted.version(),
                ReviewDecision.ACCEPT, null)).isInstanceOf(ForbiddenException.class);

        contributions.withdraw(user("gat"), submitted.id(), submitted.version());
        assertThat(single(IssueProcess.REVISE_TASK).getCategory()).as("withdrawn back to the department").isEqualTo("gat");
    }

    private List<CompiledItem> gatItems() {
        return compilation.compilation(user("editor"), issue.id()).sections().stream()
                .flatMap(work -> work.items().stream()).filter(item -> "gat".equals(item.departmentCode())).toList();
    }

    private Task single(String key) {
        List<Task> found = tasks(issue, key);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private void accept(String department) {
        Contribution contribution = contributionOf(issue, department);
        contributions.review(user("editor"), contribution.id(), contribution.version(), ReviewDecision.ACCEPT, null);
    }

    private long news() {
        return section("news");
    }

    private long section(String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }
}
