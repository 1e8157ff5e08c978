package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.audit.AuditService;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** 委派 / 归还 with Flowable's delegate and resolve semantics; 转办 as before. */
class DelegationTests extends FlowTestSupport {

    @Autowired ApplicationContext context;
    @Autowired TaskOperations operations;
    @Autowired AuditService audit;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private Issue issue;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 9, 21));
    }

    @Test
    void aDelegatedSignoffStepComesBackToItsOwnerWithTheDelegatesOpinion() {
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        jobs.awaitIdle();
        compilation.sendToSignoff(user("editor"), issue.id());
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        Task step = signoffTask();
        operations.delegate(user("leader"), step.getId(), "leader2");

        Task delegated = taskService.createTaskQuery().taskId(step.getId()).singleResult();
        assertThat(delegated.getDelegationState()).isEqualTo(DelegationState.PENDING);
        assertThat(delegated.getOwner()).isEqualTo("leader");
        assertThat(delegated.getAssignee()).isEqualTo("leader2");
        assertThatThrownBy(() -> signoff.decide(user("leader2"), issue.id(), Decision.APPROVE, "同意"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("归还");
        assertThatThrownBy(() -> operations.resolve(user("leader2"), step.getId(), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> operations.resolve(user("leader"), step.getId(), "自己归还"))
                .isInstanceOf(ConflictException.class);

        operations.resolve(user("leader2"), step.getId(), "建议同意印发");

        Task back = taskService.createTaskQuery().taskId(step.getId()).singleResult();
        assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(back.getAssignee()).isEqualTo("leader");
        assertThat(taskService.getTaskComments(step.getId(), TaskOperations.DELEGATE_OPINION_COMMENT)).singleElement()
                .satisfies(c -> {
                    assertThat(c.getUserId()).isEqualTo("leader2");
                    assertThat(c.getFullMessage()).endsWith("：建议同意印发");
                });
        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, "同意");
        assertThat(signoff.opinions(user("editor"), issue.id())).anySatisfy(o -> {
            assertThat(o.decision()).isEqualTo("DELEGATE_OPINION");
            assertThat(o.username()).isEqualTo("leader2");
        });
        assertThat(audit.timeline(user("auditor"), issue.id())).anySatisfy(entry ->
                assertThat(entry.opinions()).anySatisfy(o -> assertThat(o).startsWith("委派办理意见").endsWith("建议同意印发")));
    }

    @Test
    void theOwnerTakesADelegatedDraftBackAndTransferKeepsItsMeaning() {
        Task draft = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).singleResult();
        operations.delegate(user(unit.submitter()), draft.getId(), unit.submitter2());
        assertThatThrownBy(() -> operations.transfer(user(unit.submitter2()), draft.getId(), unit.submitter()))
                .isInstanceOf(ConflictException.class);

        operations.reclaim(user(unit.submitter()), draft.getId());
        Task back = taskService.createTaskQuery().taskId(draft.getId()).singleResult();
        assertThat(back.getAssignee()).isEqualTo(unit.submitter());
        assertThat(back.getOwner()).isNull();
        assertThatThrownBy(() -> operations.reclaim(user(unit.submitter()), draft.getId()))
                .isInstanceOf(ConflictException.class);

        operations.transfer(user(unit.submitter()), draft.getId(), unit.submitter2());
        Task transferred = taskService.createTaskQuery().taskId(draft.getId()).singleResult();
        assertThat(transferred.getAssignee()).isEqualTo(unit.submitter2());
        assertThat(transferred.getOwner()).isNull();
        assertThat(transferred.getDelegationState()).isNotEqualTo(DelegationState.PENDING);
    }

    Task signoffTask() {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.SIGNOFF_TASK).singleResult();
    }
}
