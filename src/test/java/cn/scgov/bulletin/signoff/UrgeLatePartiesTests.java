package cn.scgov.bulletin.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.distribution.DistributionService;
import cn.scgov.bulletin.distribution.RecipientUrges;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.signoff.SignoffService.Decision;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Urging everyone who is late: an approver whose step is overdue, recipients who have not acknowledged. */
class UrgeLatePartiesTests extends FlowTestSupport {

    @Autowired ApplicationContext context;
    @Autowired SignoffUrges signoffUrges;
    @Autowired RecipientUrges recipientUrges;
    @Autowired JdbcClient jdbc;

    private ParticipantsFixture fixture;
    private Issue issue;

    @BeforeEach
    void issueInSignoff() {
        fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 10, 5));
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        jobs.awaitIdle();
        compilation.sendToSignoff(user("editor"), issue.id());
    }

    @Test
    void theApproverOfAnOverdueStepIsUrgedAndTheChainShowsWhen() {
        Task step = signoffTask();
        assertThat(step.getDueDate()).isNotNull();
        assertThat(Duration.between(fixture.now(), step.getDueDate().toInstant()).toHours()).isBetween(23L, 24L);
        assertThatThrownBy(() -> signoffUrges.urge(user("editor"), issue.id(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("尚未超过办理时限");

        jobs.moveClockBy(Duration.ofHours(25));
        assertThatThrownBy(() -> signoffUrges.urge(user("reviewer"), issue.id(), null))
                .isInstanceOf(ForbiddenException.class);
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        assertThat(signoffTask().getDueDate().toInstant()).isAfter(fixture.now());
        jobs.moveClockBy(Duration.ofHours(25));

        assertThat(signoffUrges.urge(user("editor"), issue.id(), "请尽快签发")).contains("leader");

        assertThat(signoffUrges.urged(user("editor"), issue.id())).containsKey("leader")
                .hasEntrySatisfying("leader", urge -> {
                    // MariaDB keeps the time to the second.
                    assertThat(Duration.between(urge.at(), fixture.now()).abs()).isLessThan(Duration.ofSeconds(2));
                    assertThat(urge.by()).isEqualTo("editor");
                    assertThat(urge.count()).isEqualTo(1);
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM process_log WHERE issue_id = :issue AND action = 'SIGNOFF_URGED'"
                + " AND actor = 'editor'").param("issue", issue.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void recipientsWhoHaveNotAcknowledgedAreUrged() {
        assertThatThrownBy(() -> recipientUrges.urge(user("editor"), issue.id(), null, null))
                .isInstanceOf(ConflictException.class);
        signoff.decide(user("reviewer"), issue.id(), Decision.APPROVE, null);
        signoff.decide(user("leader"), issue.id(), Decision.APPROVE, null);
        jobs.awaitIdle();
        distribution.acknowledge(user("leader2"), issue.id());

        List<String> urged = recipientUrges.urge(user("editor"), issue.id(), null, null);

        assertThat(urged).contains("recipient", "leader").doesNotContain("leader2");
        List<DistributionService.RecipientStatus> recipients = distribution.recipients(user("editor"), issue.id());
        assertThat(recipients).filteredOn(r -> r.username().equals("recipient")).singleElement()
                .satisfies(r -> {
                    assertThat(r.urgedAt()).isNotNull();
                    assertThat(r.urgeCount()).isEqualTo(1);
                });
        assertThat(recipients).filteredOn(r -> r.username().equals("leader2")).singleElement()
                .satisfies(r -> assertThat(r.urgedAt()).isNull());
        assertThatThrownBy(() -> recipientUrges.urge(user("recipient"), issue.id(), null, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM process_log WHERE issue_id = :issue AND action = 'RECEIPT_URGED'")
                .param("issue", issue.id()).query(Integer.class).single()).isEqualTo(1);
    }

    Task signoffTask() {
        return taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.SIGNOFF_TASK).singleResult();
    }
}
