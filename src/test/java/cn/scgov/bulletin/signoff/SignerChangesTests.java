package cn.scgov.bulletin.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
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

/** 前加签 / 后加签 / 减签 within the rules the bulletin's administrator sets. */
class SignerChangesTests extends FlowTestSupport {

    @Autowired ApplicationContext context;
    @Autowired SignerChanges signers;
    @Autowired SignoffRulesService rules;

    private ParticipantsFixture fixture;
    private Issue issue;

    @BeforeEach
    void issueInSignoff() {
        fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 9, 14));
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        jobs.awaitIdle();
        compilation.sendToSignoff(user("editor"), issue.id());
    }

    @Test
    void aSignerAddedBeforeDecidesFirstAndTheStepComesBack() {
        signers.add(user("reviewer"), issue.id(), "leader2", "分管领导阅核", true, "请先阅核");

        Task added = signoffTask();
        assertThat(added.getName()).isEqualTo("分管领导阅核");
        assertThat(added.getAssignee()).isEqualTo("leader2");
        HistoricTaskInstance mine = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(issue.processInstanceId()).taskAssignee("reviewer").finished()
                .includeTaskLocalVariables().singleResult();
        assertThat(mine.getTaskLocalVariables()).containsEntry(IssueProcess.DECISION, "ADDED_BEFORE");
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(issue.processInstanceId())
                .activityId("toSignerAddedBefore").count()).isEqualTo(1);
        assertThat(signoff.chain(user("editor"), issue.id()).steps()).extracting(SignoffStep::name)
                .containsExactly("分管领导阅核", "审核", "签发");

        signoff.decide(user("leader2"), issue.id(), Decision.APPROVE, "同意");
        Task back = signoffTask();
        assertThat(back.getName()).isEqualTo("审核");
        assertThat(back.getAssignee()).isEqualTo("reviewer");
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        assertThat(signoffTask().getName()).isEqualTo("签发");
    }

    @Test
    void anAddedSignerNotReachedIsRemovedByWhoAddedThem() {
        signers.add(user("reviewer"), issue.id(), "leader2", null, false, null);
        assertThat(signoff.chain(user("editor"), issue.id()).steps()).extracting(SignoffStep::assignee)
                .containsExactly(null, "leader2", null);
        assertThatThrownBy(() -> signers.remove(user("reviewer"), issue.id(), 2)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("刊物规定");
        assertThatThrownBy(() -> signers.remove(user("leader"), issue.id(), 1)).isInstanceOf(ForbiddenException.class);

        signers.remove(user("reviewer"), issue.id(), 1);

        assertThat(signoff.chain(user("editor"), issue.id()).steps()).extracting(SignoffStep::name)
                .containsExactly("审核", "签发");
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        assertThat(signoffTask().getName()).isEqualTo("签发");
    }

    @Test
    void theBulletinsRulesLimitAddedSigners() {
        long bulletin = issue.bulletinId();
        assertThat(rules.rules(user("sysadmin"), bulletin)).isEqualTo(SignoffRules.DEFAULTS);
        assertThatThrownBy(() -> rules.update(user("editor"), bulletin, new SignoffRules(1, true, 8, 0)))
                .isInstanceOf(ForbiddenException.class);
        SignoffRules set = rules.update(user("sysadmin"), bulletin, new SignoffRules(1, true, 8, 0));
        assertThat(set).isEqualTo(new SignoffRules(1, true, 8, 1));
        assertThatThrownBy(() -> rules.update(user("sysadmin"), bulletin, new SignoffRules(2, true, 8, 0)))
                .isInstanceOf(ConflictException.class);

        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        assertThatThrownBy(() -> signers.add(user("leader"), issue.id(), "reviewer", null, false, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("最后一步只能加签签发领导");
        signers.add(user("leader"), issue.id(), "leader2", null, false, null);
        assertThatThrownBy(() -> signers.add(user("leader"), issue.id(), "reviewer", null, true, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("上限（1 人）");
        assertThat(jdbc().sql("SELECT COUNT(*) FROM process_log WHERE action = 'SIGNOFF_RULES_CHANGED' AND actor = 'sysadmin'")
                .query(Integer.class).single()).isPositive();
    }

    Task signoffTask() {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.SIGNOFF_TASK).singleResult();
    }

    org.springframework.jdbc.core.simple.JdbcClient jdbc() {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
    }
}
