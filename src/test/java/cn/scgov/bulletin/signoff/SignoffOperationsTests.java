package cn.scgov.bulletin.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.audit.AuditService;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sign-off operations beyond approve and return, asserted through the engine's queries and the process log. */
class SignoffOperationsTests extends FlowTestSupport {

    @Autowired ApplicationContext context;
    @Autowired AuditService audit;
    @Autowired JdbcClient jdbc;
    @Autowired SignoffWithdrawals withdrawals;

    private ParticipantsFixture fixture;
    private Issue issue;

    @BeforeEach
    void issueInSignoff() {
        fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 9, 7));
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        jobs.awaitIdle();
        compilation.sendToSignoff(user("editor"), issue.id());
    }

    @Test
    void theLeaderReturnsTheIssueToTheReviewStepWithAnOpinion() {
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        assertThatThrownBy(() -> signoff.decide(user("leader"), issue.id(), Decision.RETURN, " ", null, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("意见");
        assertThatThrownBy(() -> signoff.decide(user("leader"), issue.id(), Decision.RETURN, "再核", null, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("之前");

        signoff.decide(user("leader"), issue.id(), Decision.RETURN, "请审核人再核对数字", null, 0);

        Task back = signoffTask();
        assertThat(back.getName()).isEqualTo("审核");
        assertThat(taskService.getIdentityLinksForTask(back.getId())).anySatisfy(link -> assertThat(link.getGroupId())
                .isEqualTo("reviewer"));
        assertThat(issues.require(issue.id()).status()).isEqualTo(IssueStatus.SIGNOFF);
        HistoricTaskInstance returned = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(issue.processInstanceId()).taskDefinitionKey(IssueProcess.SIGNOFF_TASK)
                .taskAssignee("leader").finished().includeTaskLocalVariables().singleResult();
        assertThat(returned.getTaskLocalVariables()).containsEntry(IssueProcess.DECISION, "RETURNED")
                .containsEntry(SignoffService.RETURNED_TO, "审核（第1步）");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(issue.processInstanceId())
                .activityId("backToEarlierStep").count()).isEqualTo(1);
        assertThat(signoff.opinions(user("editor"), issue.id())).last()
                .satisfies(o -> assertThat(o.returnedTo()).isEqualTo("审核（第1步）"))
                .satisfies(o -> assertThat(o.opinion()).isEqualTo("请审核人再核对数字"));
        assertThat(audit.timeline(user("auditor"), issue.id())).anySatisfy(entry -> {
            assertThat(entry.note()).isEqualTo("退回至：审核（第1步）");
            assertThat(entry.opinions()).containsExactly("请审核人再核对数字");
        });
        assertThat(log()).contains("SIGNOFF_RETURNED_TO_STEP leader 签发 退回至：审核（第1步）");

        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "已核对");
        assertThat(signoffTask().getName()).isEqualTo("签发");
    }

    @Test
    void theFirstStepCanOnlyReturnToCompilation() {
        assertThatThrownBy(() -> signoff.decide(user("reviewer"), issue.id(), Decision.RETURN, "改", null, 0))
                .isInstanceOf(InvalidInputException.class);
        assertThat(signoffTask().getName()).isEqualTo("审核");
    }

    @Test
    void theReviewerWithdrawsTheirApprovalUntilTheLeaderDecides() {
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "同意");
        Task leaderStep = signoffTask();
        assertThat(withdrawals.canWithdrawApproval(user("reviewer"), issue.id())).isTrue();
        assertThat(withdrawals.canWithdrawApproval(user("leader2"), issue.id())).isFalse();
        assertThatThrownBy(() -> withdrawals.withdrawApproval(user("leader2"), issue.id()))
                .isInstanceOf(ConflictException.class);

        withdrawals.withdrawApproval(user("reviewer"), issue.id());

        Task again = signoffTask();
        assertThat(again.getName()).isEqualTo("审核");
        assertThat(again.getAssignee()).isEqualTo("reviewer");
        HistoricTaskInstance ended = historyService.createHistoricTaskInstanceQuery().taskId(leaderStep.getId()).singleResult();
        assertThat(ended.getDeleteReason()).contains("approvalWithdrawnEvent");
        assertThat(taskService.getTaskComments(leaderStep.getId(), SignoffWithdrawals.WITHDRAWAL_COMMENT))
                .singleElement().satisfies(c -> assertThat(c.getFullMessage()).contains("撤回了对「审核」的同意"));
        assertThat(audit.timeline(user("auditor"), issue.id())).anySatisfy(entry ->
                assertThat(entry.note()).contains("撤回了对「审核」的同意"));
        assertThat(log()).anySatisfy(line -> assertThat(line).startsWith("SIGNOFF_APPROVAL_WITHDRAWN reviewer 审核"));
        assertThat(withdrawals.canWithdrawApproval(user("reviewer"), issue.id())).isFalse();

        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, "核对后同意");
        signoff.decide(user("leader"), issue.id(), Decision.RETURN, "请修改", null, null);
        assertThatThrownBy(() -> withdrawals.withdrawApproval(user("reviewer"), issue.id()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theEditorWithdrawsSendingUntilTheFirstApproverActs() {
        assertThat(withdrawals.canWithdrawSending(user("editor"), issue.id())).isTrue();
        assertThatThrownBy(() -> withdrawals.withdrawSending(user("reviewer"), issue.id()))
                .isInstanceOf(ForbiddenException.class);
        Task first = signoffTask();

        withdrawals.withdrawSending(user("editor"), issue.id());

        assertThat(issues.require(issue.id()).status()).isEqualTo(IssueStatus.COMPILING);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(first.getId()).singleResult().getDeleteReason())
                .contains("sendingWithdrawnEvent");
        Task compile = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.COMPILE_TASK).singleResult();
        assertThat(compile.getAssignee()).isEqualTo("editor");
        assertThat(log()).anySatisfy(line -> assertThat(line).startsWith("SIGNOFF_SENDING_WITHDRAWN editor"));

        compilation.sendToSignoff(user("editor"), issue.id());
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        assertThat(withdrawals.canWithdrawSending(user("editor"), issue.id())).isFalse();
        assertThatThrownBy(() -> withdrawals.withdrawSending(user("editor"), issue.id()))
                .isInstanceOf(ConflictException.class);
    }

    Task signoffTask() {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.SIGNOFF_TASK).singleResult();
    }

    List<String> log() {
        return jdbc.sql("SELECT action, actor, detail FROM process_log WHERE issue_id = :issue ORDER BY id")
                .param("issue", issue.id())
                .query((rs, n) -> rs.getString("action") + " " + rs.getString("actor") + " " + rs.getString("detail"))
                .list();
    }
}
