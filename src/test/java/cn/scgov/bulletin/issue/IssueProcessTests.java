package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.compilation.Compilation;
import cn.scgov.bulletin.compilation.IssueContent;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.shared.ConflictException;

import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;

/**
 * Every path of the issue process from the first draft to distribution (sign-off, returns, cancelling,
 * numbering, year-to-date figures), driven through the services and checked through the engine.
 */
class IssueProcessTests extends IssueProcessTestSupport {

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
}
