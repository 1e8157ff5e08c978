package cn.scgov.bulletin.signoff;

import cn.scgov.bulletin.signoff.internal.SignoffRepository;
import cn.scgov.bulletin.signoff.internal.SignoffRound;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.RetryOnCollision;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdrawing one's own action (撤回) while nobody has acted on it: an approver withdraws an approval
 * while the next step is undecided, an editor withdraws sending to sign-off while the first step is.
 * The open step ends through a message boundary event of the process ({@code approvalWithdrawnEvent},
 * {@code sendingWithdrawnEvent}), never by completing somebody else's task; the ended step keeps who
 * withdrew as a comment of type {@value #WITHDRAWAL_COMMENT}. Claiming the next step is not acting on
 * it; deciding, delegating or adding a signer is.
 */
@Service
public class SignoffWithdrawals {

    /** Process variable: who may withdraw now — {@code editor} (the sending), {@code user:<name>}, or empty. */
    public static final String WITHDRAWABLE = "signoffWithdrawable";
    public static final String BY_EDITORS = "editor";
    public static final String WITHDRAWAL_COMMENT = "withdrawal";

    private final IssueAccess access;
    private final TaskGate gate;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final SignoffRepository steps;
    private final ApplicationEventPublisher events;

    SignoffWithdrawals(IssueAccess access, TaskGate gate, TaskService tasks, RuntimeService runtime,
            SignoffRepository steps, ApplicationEventPublisher events) {
        this.access = access;
        this.gate = gate;
        this.tasks = tasks;
        this.runtime = runtime;
        this.steps = steps;
        this.events = events;
    }

    static String approvedBy(String username) {
        return "user:" + username;
    }

    /** Whether the user could withdraw their approval of the step before the current one now. */
    public boolean canWithdrawApproval(CurrentUser user, long issueId) {
        Task task = user.hasAnyOf(Role.APPROVERS) ? openStep(access.readable(user, issueId)) : null;
        return task != null
                && approvedBy(user.username()).equals(withdrawable(task)) && task.getOwner() == null;
    }

    /** Whether the user could withdraw sending the issue to sign-off now. */
    public boolean canWithdrawSending(CurrentUser user, long issueId) {
        Task task = user.hasAny(Role.EDITOR) ? openStep(access.readable(user, issueId)) : null;
        return task != null && BY_EDITORS.equals(withdrawable(task)) && task.getOwner() == null;
    }

    /** The approver takes back their approval: their step opens again, in their name. */
    @Transactional
    @RetryOnCollision
    public void withdrawApproval(CurrentUser user, long issueId) {
        if (!user.hasAnyOf(Role.APPROVERS)) {
            throw new ForbiddenException("仅审核人、签发领导可撤回审签");
        }
        Issue issue = inSignoff(user, issueId);
        Task task = openStep(issue);
        if (task == null || !approvedBy(user.username()).equals(withdrawable(task)) || task.getOwner() != null) {
            throw new ConflictException("下一步审签人已办理或您没有可撤回的同意");
        }
        int index = ((Number) tasks.getVariable(task.getId(), IssueProcess.SIGNOFF_INDEX)).intValue() - 1;
        SignoffStep step = steps.steps(issueId).get(index);
        Map<String, Object> variables = new java.util.HashMap<>(SignoffRound.stepVariables(index,
                new SignoffStep(index, step.name(), step.role(), user.username(), step.addedBy())));
        variables.put(WITHDRAWABLE, "");
        variables.put(IssueProcess.SIGNOFF_DONE, false);
        String note = user.displayName() + "撤回了对「" + step.name() + "」的同意，本步骤中止";
        deliver(issue, task, "approvalWithdrawn", variables, note);
        events.publishEvent(new SignoffDecided(SignoffAction.SIGNOFF_APPROVAL_WITHDRAWN, user.username(), issueId,
                task.getId(), "WITHDRAWN", null, step.name() + " 撤回同意（" + task.getName() + "尚未办理）"));
    }

    /** An editor takes the issue back into compilation before the first approver acted. */
    @Transactional
    @RetryOnCollision
    public void withdrawSending(CurrentUser user, long issueId) {
        if (!user.hasAny(Role.EDITOR)) {
            throw new ForbiddenException("仅编辑可撤回送审");
        }
        Issue issue = inSignoff(user, issueId);
        Task task = openStep(issue);
        if (task == null || !BY_EDITORS.equals(withdrawable(task)) || task.getOwner() != null) {
            throw new ConflictException("审签人已办理，不能撤回送审");
        }
        deliver(issue, task, "sendingWithdrawn", Map.of(WITHDRAWABLE, ""),
                user.displayName() + "撤回送审，本步骤中止");
        gate.activeTask(issue.processInstanceId(), IssueProcess.COMPILE_TASK, null)
                .ifPresent(compile -> tasks.claim(compile.getId(), user.username()));
        events.publishEvent(new SignoffDecided(SignoffAction.SIGNOFF_SENDING_WITHDRAWN, user.username(), issueId,
                task.getId(), "WITHDRAWN", null, "撤回送审（" + task.getName() + "尚未办理）"));
    }

    private void deliver(Issue issue, Task task, String message, Map<String, Object> variables, String note) {
        tasks.addComment(task.getId(), issue.processInstanceId(), WITHDRAWAL_COMMENT, note);
        runtime.setVariables(issue.processInstanceId(), variables);
        List<String> executions = runtime.createEventSubscriptionQuery().processInstanceId(issue.processInstanceId())
                .eventType("message").eventName(message).list().stream().map(s -> s.getExecutionId()).toList();
        if (executions.size() != 1) {
            throw new ConflictException("该审签步骤当前不能撤回");
        }
        runtime.messageEventReceived(message, executions.get(0));
    }

    private Issue inSignoff(CurrentUser user, long issueId) {
        Issue issue = access.readable(user, issueId);
        if (issue.status() != IssueStatus.SIGNOFF) {
            throw new ConflictException("该期次当前不在审签阶段（" + issue.status().label() + "）");
        }
        return issue;
    }

    private Task openStep(Issue issue) {
        if (issue.status() != IssueStatus.SIGNOFF || issue.processInstanceId() == null) {
            return null;
        }
        return gate.activeTask(issue.processInstanceId(), IssueProcess.SIGNOFF_TASK, null).orElse(null);
    }

    private String withdrawable(Task task) {
        Object value = tasks.getVariable(task.getId(), WITHDRAWABLE);
        return value == null ? "" : value.toString();
    }
}
