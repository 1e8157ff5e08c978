package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.flowable.task.api.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Whom a task can be handed to, and which tasks cannot be given back. */
class TaskOperationsTests extends FlowTestSupport {

    @Autowired ApplicationContext context;
    @Autowired TaskOperations operations;

    private ParticipantsFixture fixture;
    private ParticipantsFixture.Unit unit;
    private Issue issue;

    @BeforeEach
    void openIssue() {
        fixture = new ParticipantsFixture(context);
        unit = fixture.unit();
        issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 8, 3));
    }

    @Test
    void eligibleTargetsAreTheOtherPeopleOfTheTasksGroups() {
        Task draft = tasks(issue, IssueProcess.DRAFT_TASK).get(0);
        assertThat(operations.eligibleTargets(user(unit.submitter()), draft.getId()))
                .extracting(TaskOperations.Candidate::username).containsExactly(unit.submitter2());
        assertThatThrownBy(() -> operations.eligibleTargets(user("gat"), draft.getId()))
                .isInstanceOf(ForbiddenException.class);

        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        Task review = tasks(issue, IssueProcess.REVIEW_TASK).get(0);
        List<TaskOperations.Candidate> editors = operations.eligibleTargets(user("editor"), review.getId());
        assertThat(editors).extracting(TaskOperations.Candidate::username).contains("editor2").doesNotContain("editor");
        assertThat(editors).filteredOn(c -> c.username().equals("editor2")).singleElement()
                .satisfies(c -> assertThat(c.departmentName()).isEqualTo("中心办公室"));
        operations.transfer(user("editor"), review.getId(), "editor2");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo("editor2");
    }

    @Test
    void aTaskGivenToOnePersonCannotBeUnclaimed() {
        fixture.submit(issue, unit.submitter(), unit.code(), "稿件");
        fixture.accept(issue, unit.code());
        fixture.distribute(issue);
        Task receipt = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.ACKNOWLEDGE_TASK).taskAssignee("recipient").singleResult();

        assertThatThrownBy(() -> operations.unclaim(user("recipient"), receipt.getId()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("不能退签");
        assertThat(taskService.createTaskQuery().taskId(receipt.getId()).singleResult().getAssignee()).isEqualTo("recipient");
        assertThat(operations.eligibleTargets(user("recipient"), receipt.getId())).isEmpty();
    }
}
