package cn.scgov.bulletin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import cn.scgov.bulletin.audit.AuditService;
import cn.scgov.bulletin.contribution.ParticipantsFixture;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.support.FlowTestSupport;

import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The system administrator reassigns an open task of someone on leave, with a reason, logged. */
class TaskReassignmentTests extends FlowTestSupport {

    @Autowired ApplicationContext context;
    @Autowired TaskReassignment reassignment;
    @Autowired TaskOperations operations;
    @Autowired AuditService audit;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorReassignsAClaimedDraftWithAReason() {
        ParticipantsFixture fixture = new ParticipantsFixture(context);
        ParticipantsFixture.Unit unit = fixture.unit();
        Issue issue = fixture.open(fixture.bulletin(List.of(unit.code())), LocalDate.of(2026, 9, 28));
        Task draft = taskService.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.DRAFT_TASK).singleResult();
        operations.claim(user(unit.submitter()), draft.getId());

        assertThat(reassignment.openTasks(user("sysadmin"), unit.submitter(), 0, 50).items())
                .extracting(TaskReassignment.OpenTask::taskId).containsExactly(draft.getId());
        assertThatThrownBy(() -> reassignment.openTasks(user("editor"), null, 0, 50)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reassignment.reassign(user("editor"), draft.getId(), unit.submitter2(), "休假"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reassignment.reassign(user("sysadmin"), draft.getId(), unit.submitter2(), " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reassignment.reassign(user("sysadmin"), draft.getId(), "gat", "休假"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("无权办理");

        reassignment.reassign(user("sysadmin"), draft.getId(), unit.submitter2(), "报送员休假");

        assertThat(taskService.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee())
                .isEqualTo(unit.submitter2());
        assertThat(jdbc.sql("SELECT opinion FROM process_log WHERE action = 'TASK_REASSIGNED' AND task_id = :task"
                + " AND actor = 'sysadmin'").param("task", draft.getId()).query(String.class).list())
                .containsExactly("报送员休假");
        assertThat(audit.timeline(user("auditor"), issue.id())).anySatisfy(entry -> assertThat(entry.opinions())
                .anySatisfy(o -> assertThat(o).startsWith("管理员改派").endsWith("原因：报送员休假")));
    }
}
