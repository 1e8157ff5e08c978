package cn.scgov.bulletin.signoff;

import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.inbox.TaskUrges;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due dates of sign-off steps (the bulletin's {@link SignoffRules#stepDueHours}, set by the task
 * listener {@code ${signoffUrges.due(task)}} when a step opens) and urging (催办) the approver of an
 * overdue step: the editor urges whoever holds the step, or everyone it is offered to.
 */
@Component("signoffUrges")
public class SignoffUrges {

    public static final String KIND = "SIGNOFF";

    private final SignoffRulesService rules;
    private final IssueAccess access;
    private final TaskGate gate;
    private final TaskUrges urges;
    private final TimeSource time;

    SignoffUrges(SignoffRulesService rules, IssueAccess access, TaskGate gate, TaskUrges urges, TimeSource time) {
        this.rules = rules;
        this.access = access;
        this.gate = gate;
        this.urges = urges;
        this.time = time;
    }

    /** Task listener: the step is due the bulletin's hours after it opens (no due date for 0). */
    public void due(DelegateTask task) {
        Object bulletinId = task.getVariable(IssueProcess.BULLETIN_ID);
        if (!(bulletinId instanceof Number number)) {
            return;
        }
        int hours = rules.of(number.longValue()).stepDueHours();
        if (hours > 0) {
            task.setDueDate(Date.from(time.now().plusSeconds(hours * 3600L)));
        }
    }

    /** Urges the people of the issue's overdue sign-off step; answers who was urged. */
    @Transactional
    @RetryOnCollision
    public List<String> urge(CurrentUser user, long issueId, String message) {
        IssueAccess.requireEditor(user);
        Issue issue = access.readable(user, issueId);
        if (issue.status() != IssueStatus.SIGNOFF) {
            throw new ConflictException("该期次当前不在审签阶段（" + issue.status().label() + "）");
        }
        Task task = gate.requireActive(issue.processInstanceId(), IssueProcess.SIGNOFF_TASK, null, "当前没有待审签的任务");
        if (!overdue(task.getDueDate() == null ? null : task.getDueDate().toInstant())) {
            throw new ConflictException("「" + task.getName() + "」尚未超过办理时限，暂不能催办");
        }
        String text = message == null || message.isBlank() ? "请尽快审签" : message.strip();
        return urges.urge(user.username(), issueId, KIND, List.of(task), text, "/issues/" + issueId + "/signoff",
                SignoffAction.SIGNOFF_URGED);
    }

    /** When the current sign-off step is due, or null (no step open, or no limit). */
    public java.time.Instant currentDue(CurrentUser user, long issueId) {
        Issue issue = access.readable(user, issueId, IssueAccess.Part.SIGNOFF);
        if (issue.status() != IssueStatus.SIGNOFF || issue.processInstanceId() == null) {
            return null;
        }
        return gate.activeTask(issue.processInstanceId(), IssueProcess.SIGNOFF_TASK, null)
                .map(Task::getDueDate).map(Date::toInstant).orElse(null);
    }

    /** Whether a step due then is overdue now (the engine's clock). */
    public boolean overdue(java.time.Instant due) {
        return due != null && !due.isAfter(time.now());
    }

    /** Who was urged on the issue's sign-off, latest first per person (the office). */
    public Map<String, TaskUrges.Urge> urged(CurrentUser user, long issueId) {
        access.readable(user, issueId, IssueAccess.Part.SIGNOFF);
        return urges.urged(issueId, KIND);
    }
}
