package cn.scgov.bulletin.signoff;

import cn.scgov.bulletin.signoff.internal.SignoffRepository;
import cn.scgov.bulletin.signoff.internal.SignoffRound;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.inbox.TaskCompletion;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueDates;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RetryOnCollision;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Approvers' decisions on an issue in sign-off. */
@Service
public class SignoffService {

    private final SignoffRepository steps;
    private final IssueAccess access;
    private final TaskGate gate;
    private final TaskService tasks;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final SignoffHistory history;
    private final IssueDates dates;
    private final SignerChanges signers;

    SignoffService(SignoffRepository steps, IssueAccess access, TaskGate gate, TaskService tasks, Directory directory,
            ApplicationEventPublisher events, SignoffHistory history, IssueDates dates,
            SignerChanges signers) {
        this.steps = steps;
        this.signers = signers;
        this.dates = dates;
        this.history = history;
        this.access = access;
        this.gate = gate;
        this.tasks = tasks;
        this.directory = directory;
        this.events = events;
    }

    /** Task-local variable of a sign-off task that returned the issue to an earlier step: which one. */
    public static final String RETURNED_TO = "returnedTo";

    public enum Decision {
        APPROVE, RETURN
    }

    /** The chain of an issue and where it stands (index of the current step, or -1). */
    public record Chain(List<SignoffStep> steps, int currentIndex, String taskId, String taskName, String taskAssignee) {
    }

    /**
     * A step of the sign-off history: the editor sending the issue ({@code step} null, decision SENT) or an
     * approver's decision (APPROVED / RETURNED) with their opinion.
     */
    public record Opinion(String step, String username, String displayName, java.time.Instant at, String decision,
            String opinion, String returnedTo) {

        public boolean returned() {
            return "RETURNED".equals(decision);
        }

        public boolean sent() {
            return step == null;
        }
    }

    /** Sending and decisions of every sign-off round, oldest first (the office, approvers and auditors). */
    public List<Opinion> opinions(CurrentUser user, long issueId) {
        return history.opinions(access.readable(user, issueId, IssueAccess.Part.SIGNOFF));
    }

    /** Whether the user may decide on the issue's current sign-off step now. */
    public boolean canDecide(CurrentUser user, long issueId) {
        if (!user.hasAnyOf(Role.APPROVERS)) {
            return false;
        }
        Issue issue = access.readable(user, issueId);
        Task task = issue.status() == IssueStatus.SIGNOFF ? currentTask(issue) : null;
        return task != null && gate.eligible(user, task)
                && (task.getAssignee() == null || task.getAssignee().equals(user.username()));
    }

    public Chain chain(CurrentUser user, long issueId) {
        Issue issue = access.readable(user, issueId, IssueAccess.Part.SIGNOFF);
        Task task = currentTask(issue);
        int index = task == null ? -1 : currentIndex(task);
        return new Chain(steps.steps(issueId), index, task == null ? null : task.getId(),
                task == null ? null : task.getName(), task == null ? null : task.getAssignee());
    }

    @Transactional
    @RetryOnCollision
    public void decide(CurrentUser user, long issueId, Decision decision, String opinion) {
        decide(user, issueId, decision, opinion, null);
    }

    /**
     * An approver's decision. The last signer approving may give the issue date (成文日期); without it
     * the date the editor set, or the sign-off day, is kept ({@link IssueDates#fixAtSignoff}).
     */
    @Transactional
    @RetryOnCollision
    public void decide(CurrentUser user, long issueId, Decision decision, String opinion, LocalDate issueDate) {
        decide(user, issueId, decision, opinion, issueDate, null);
    }

    /**
     * As above; a return with {@code returnToStep} (the position of an earlier step of the chain) sends the
     * issue back to that step (退回到前序步骤) instead of to compilation. The process routes it along its
     * own return path, and the returning task keeps where it went as the task-local variable
     * {@code returnedTo}.
     */
    @Transactional
    @RetryOnCollision
    public void decide(CurrentUser user, long issueId, Decision decision, String opinion, LocalDate issueDate,
            Integer returnToStep) {
        if (!user.hasAnyOf(Role.APPROVERS)) {
            throw new cn.scgov.bulletin.shared.ForbiddenException("仅审核人、签发领导可审签");
        }
        if (decision == Decision.RETURN && (opinion == null || opinion.isBlank())) {
            throw InvalidInputException.field("opinion", "退回须填写意见");
        }
        Issue issue = inSignoff(user, issueId);
        Task task = requireTask(issue);
        gate.take(user, task);
        int index = currentIndex(task);
        List<SignoffStep> chain = steps.steps(issueId);
        Map<String, Object> variables = new HashMap<>();
        String text = opinion == null ? null : opinion.strip();
        boolean last = index + 1 >= chain.size();
        if (issueDate != null && (decision != Decision.APPROVE || !last)) {
            throw InvalidInputException.field("issueDate", "成文日期由最后一位签发人在同意签发时确定");
        }
        if (decision == Decision.APPROVE) {
            int next = index + 1;
            variables.put(IssueProcess.SIGNOFF_DONE, last);
            variables.put(SignoffWithdrawals.WITHDRAWABLE, last ? "" : SignoffWithdrawals.approvedBy(user.username()));
            String dated = "";
            if (last) {
                dated = "，成文日期 " + IssueFormats.date(dates.fixAtSignoff(user, issueId, issueDate));
            } else {
                variables.putAll(SignoffRound.stepVariables(next, chain.get(next)));
            }
            gate.completeTaken(task, new TaskCompletion("APPROVED", "APPROVE", text, variables));
            events.publishEvent(new SignoffDecided(SignoffAction.SIGNOFF_APPROVED, user.username(), issueId,
                    task.getId(), "APPROVED", text, task.getName() + (last ? "（签发" + dated + "）" : "")));
        } else if (returnToStep != null) {
            if (returnToStep < 0 || returnToStep >= index) {
                throw InvalidInputException.field("returnToStep", "只能退回到本步骤之前的审签步骤");
            }
            SignoffStep target = chain.get(returnToStep);
            variables.put(IssueProcess.SIGNOFF_DONE, false);
            variables.put(SignoffWithdrawals.WITHDRAWABLE, "");
            variables.putAll(SignoffRound.stepVariables(returnToStep, target));
            String where = target.name() + "（第" + (returnToStep + 1) + "步）";
            tasks.setVariableLocal(task.getId(), RETURNED_TO, where);
            gate.completeTaken(task, new TaskCompletion("RETURNED", "RETURN_TO_STEP", text, variables));
            events.publishEvent(new SignoffDecided(SignoffAction.SIGNOFF_RETURNED_TO_STEP, user.username(), issueId,
                    task.getId(), "RETURNED", text, task.getName() + " 退回至：" + where));
        } else {
            variables.put(IssueProcess.SIGNOFF_DONE, false);
            variables.put(SignoffWithdrawals.WITHDRAWABLE, "");
            gate.completeTaken(task, new TaskCompletion("RETURNED", "RETURN", text, variables));
            events.publishEvent(new SignoffDecided(SignoffAction.SIGNOFF_RETURNED, user.username(), issueId,
                    task.getId(), "RETURNED", text, task.getName()));
        }
    }

    /** The current approver adds a signer who decides right after them (后加签), within the bulletin's rules. */
    public Chain addSigner(CurrentUser user, long issueId, String username, String stepName) {
        signers.add(user, issueId, username, stepName, false, null);
        return chain(user, issueId);
    }

    private Issue inSignoff(CurrentUser user, long issueId) {
        Issue issue = access.readable(user, issueId);
        if (issue.status() != IssueStatus.SIGNOFF) {
            throw new ConflictException("该期次当前不在审签阶段（" + issue.status().label() + "）");
        }
        return issue;
    }

    private Task requireTask(Issue issue) {
        Task task = currentTask(issue);
        if (task == null) {
            throw new ConflictException("当前没有待审签的任务");
        }
        return task;
    }

    private Task currentTask(Issue issue) {
        if (issue.processInstanceId() == null) {
            return null;
        }
        return gate.activeTask(issue.processInstanceId(), IssueProcess.SIGNOFF_TASK, null).orElse(null);
    }

    private int currentIndex(Task task) {
        Object index = tasks.getVariable(task.getId(), IssueProcess.SIGNOFF_INDEX);
        return index == null ? 0 : ((Number) index).intValue();
    }
}
