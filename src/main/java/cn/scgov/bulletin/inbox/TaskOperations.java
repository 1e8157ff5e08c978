package cn.scgov.bulletin.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task operations of the inbox: claim (签收), unclaim (退签), transfer (转办: the task becomes
 * someone else's) and delegate (委派: Flowable's delegateTask — the delegate works on it and hands it
 * back with an opinion (归还, resolveTask), the delegator stays owner, completes it, and may take it
 * back before). Transfer and delegate targets must themselves be entitled to the task.
 */
@Service
public class TaskOperations {

    private final TaskGate gate;
    private final TaskService tasks;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    TaskOperations(TaskGate gate, TaskService tasks, Directory directory, ApplicationEventPublisher events) {
        this.gate = gate;
        this.tasks = tasks;
        this.directory = directory;
        this.events = events;
    }

    @Transactional
    @RetryOnCollision
    public void claim(CurrentUser user, String taskId) {
        Task task = eligibleTask(user, taskId);
        if (task.getAssignee() != null) {
            throw new ConflictException(task.getAssignee().equals(user.username()) ? "您已签收该任务" : "该任务已由他人签收");
        }
        tasks.claim(taskId, user.username());
        log(InboxAction.TASK_CLAIMED, user, task, null);
    }

    @Transactional
    @RetryOnCollision
    public void unclaim(CurrentUser user, String taskId) {
        Task task = eligibleTask(user, taskId);
        if (!user.username().equals(task.getAssignee())) {
            throw new ConflictException("只能退签自己签收的任务");
        }
        if (task.getOwner() != null) {
            throw new ConflictException("委派的任务请退回委派人，不能退签");
        }
        if (candidateLinks(taskId).isEmpty()) {
            // Unclaiming a task offered to nobody else (e.g. a receipt) would leave it without anyone to do it.
            throw new ConflictException("该任务直接指派给您，不能退签");
        }
        tasks.unclaim(taskId);
        log(InboxAction.TASK_UNCLAIMED, user, task, null);
    }

    @Transactional
    @RetryOnCollision
    public void transfer(CurrentUser user, String taskId, String target) {
        handOver(user, taskId, target, false);
    }

    @Transactional
    @RetryOnCollision
    public void delegate(CurrentUser user, String taskId, String target) {
        handOver(user, taskId, target, true);
    }

    /** The owner of a delegated task takes it back before the delegate resolved it. */
    @Transactional
    @RetryOnCollision
    public void reclaim(CurrentUser user, String taskId) {
        Task task = eligibleTask(user, taskId);
        if (!user.username().equals(task.getOwner()) || task.getDelegationState() != DelegationState.PENDING) {
            throw new ConflictException("只有委派人可以收回委派中的任务");
        }
        String delegate = task.getAssignee();
        tasks.resolveTask(taskId);
        tasks.setOwner(taskId, null);
        log(InboxAction.TASK_RECLAIMED, user, task, "← " + directory.user(delegate).map(a -> a.displayName())
                .orElse(delegate));
    }

    /** Comment type of the opinion a delegate gives when handing a delegated task back (归还). */
    public static final String DELEGATE_OPINION_COMMENT = "delegateOpinion";

    /**
     * The delegate hands the task back to its owner with their opinion (委派办理后归还): Flowable's
     * resolveTask, so the owner, not the delegate, completes it. The opinion stays on the task as a
     * comment of type {@value #DELEGATE_OPINION_COMMENT} in the delegate's name.
     */
    @Transactional
    @RetryOnCollision
    public void resolve(CurrentUser user, String taskId, String opinion) {
        // Who may act is answered before what they sent: someone with no right to the task gets 403, not a form error.
        Task task = eligibleTask(user, taskId);
        if (task.getDelegationState() != DelegationState.PENDING || !user.username().equals(task.getAssignee())) {
            throw new ConflictException("该任务不是委派给您办理的任务");
        }
        if (opinion == null || opinion.isBlank()) {
            throw InvalidInputException.field("opinion", "归还时请填写办理意见");
        }
        var comment = tasks.addComment(taskId, task.getProcessInstanceId(), DELEGATE_OPINION_COMMENT,
                user.displayName() + "：" + opinion.strip());
        comment.setUserId(user.username());
        tasks.saveComment(comment);
        tasks.resolveTask(taskId);
        String owner = task.getOwner();
        events.publishEvent(new ProcessLogged(InboxAction.TASK_RESOLVED, user.username(), issueIdOf(task),
                task.getCategory(), task.getId(), "RESOLVED", opinion.strip(), task.getName() + " 归还 → "
                + directory.user(owner).map(a -> a.displayName()).orElse(owner)));
    }

    /** Someone the task could be transferred or delegated to. */
    public record Candidate(String username, String displayName, String departmentName) {
    }

    /**
     * Who else may do the task: the enabled users of its candidate groups and candidate users, i.e.
     * exactly those {@link #transfer} and {@link #delegate} accept, without the caller.
     */
    public List<Candidate> eligibleTargets(CurrentUser user, String taskId) {
        Task task = eligibleTask(user, taskId);
        Set<String> usernames = new TreeSet<>();
        for (IdentityLink link : candidateLinks(task.getId())) {
            if (link.getUserId() != null) {
                usernames.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                usernames.addAll(membersOf(link.getGroupId()));
            }
        }
        usernames.remove(user.username());
        if (task.getAssignee() != null) {
            usernames.remove(task.getAssignee());
        }
        Map<String, String> departments = directory.departmentNames();
        List<Candidate> candidates = new ArrayList<>();
        for (String username : usernames) {
            directory.currentUser(username).filter(target -> gate.eligible(target, task)).ifPresent(target ->
                    candidates.add(new Candidate(target.username(), target.displayName(),
                            target.departmentCode() == null ? null : departments.get(target.departmentCode()))));
        }
        return candidates;
    }

    private List<String> membersOf(String group) {
        String submitterPrefix = Role.submitterGroup("");
        if (group.startsWith(submitterPrefix)) {
            return directory.usernamesWith(List.of(Role.SUBMITTER), List.of(group.substring(submitterPrefix.length())));
        }
        for (Role role : Role.values()) {
            if (!role.administrative() && role.group().equals(group)) {
                return directory.usernamesWith(List.of(role), null);
            }
        }
        return List.of();
    }

    private List<IdentityLink> candidateLinks(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    }

    private void handOver(CurrentUser user, String taskId, String target, boolean delegate) {
        Task task = eligibleTask(user, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("该任务已由他人签收");
        }
        if (task.getDelegationState() == DelegationState.PENDING) {
            throw new ConflictException("委派给您的任务请办理后归还委派人，不能再转办或委派");
        }
        CurrentUser targetUser = directory.currentUser(target)
                .orElseThrow(() -> InvalidInputException.field("username", "用户不存在或已停用：" + target));
        if (targetUser.username().equals(user.username())) {
            throw InvalidInputException.field("username", "不能转给自己");
        }
        if (!gate.eligible(targetUser, task)) {
            throw InvalidInputException.field("username", targetUser.displayName() + "无权办理该任务");
        }
        if (delegate) {
            // Flowable's delegation: the caller becomes owner, the task comes back to them when resolved.
            if (task.getAssignee() == null) {
                tasks.setAssignee(taskId, user.username());
            }
            tasks.setOwner(taskId, user.username());
            tasks.delegateTask(taskId, targetUser.username());
        } else {
            tasks.setAssignee(taskId, targetUser.username());
        }
        log(delegate ? InboxAction.TASK_DELEGATED : InboxAction.TASK_TRANSFERRED, user, task,
                "→ " + targetUser.displayName() + "（" + targetUser.username() + "）");
    }

    private Task eligibleTask(CurrentUser user, String taskId) {
        Task task = gate.task(taskId).orElseThrow(() -> new NotFoundException("任务不存在或已办结"));
        if (!gate.eligible(user, task)) {
            throw new ForbiddenException("无权办理该任务");
        }
        return task;
    }

    private void log(AuditAction action, CurrentUser user, Task task, String detail) {
        Long issueId = issueIdOf(task);
        events.publishEvent(new ProcessLogged(action, user.username(), issueId, task.getCategory(), task.getId(), null,
                null, task.getName() + (detail == null ? "" : " " + detail)));
    }

    private Long issueIdOf(Task task) {
        Object value = tasks.getVariable(task.getId(), cn.scgov.bulletin.issue.IssueProcess.ISSUE_ID);
        return value instanceof Number number ? number.longValue() : null;
    }
}
