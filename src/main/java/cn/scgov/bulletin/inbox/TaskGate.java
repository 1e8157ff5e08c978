package cn.scgov.bulletin.inbox;

import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The one way features act on engine tasks. A user may act on a task assigned to them, delegated to
 * them, or offered to one of their groups; an unclaimed task is claimed as part of the action; a
 * task claimed by someone else, or already completed, is a conflict (409).
 */
@Component
public class TaskGate {

    private final TaskService tasks;
    private final ManagementService management;
    private final Directory directory;

    TaskGate(TaskService tasks, ManagementService management, Directory directory) {
        this.tasks = tasks;
        this.management = management;
        this.directory = directory;
    }

    /** The active task of a step in a process, e.g. a department's draft task; categories tell departments apart. */
    public Optional<Task> activeTask(String processInstanceId, String taskDefinitionKey, String category) {
        var query = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey);
        if (category != null) {
            query = query.taskCategory(category);
        }
        List<Task> found = query.list();
        return found.stream().findFirst();
    }

    /** All active tasks of a process instance (one query, e.g. for a status matrix). */
    public List<Task> activeTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list();
    }

    public Task requireActive(String processInstanceId, String taskDefinitionKey, String category, String whenMissing) {
        return activeTask(processInstanceId, taskDefinitionKey, category)
                .orElseThrow(() -> new ConflictException(whenMissing));
    }

    public Optional<Task> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult());
    }

    /** Whether the user may act on the task at all (claimed by someone else still counts). */
    public boolean eligible(CurrentUser user, Task task) {
        if (user.username().equals(task.getAssignee()) || user.username().equals(task.getOwner())) {
            return true;
        }
        List<String> groups = user.candidateGroups();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (user.username().equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }

    /** Checks eligibility and makes the user the task's assignee (claiming it if nobody has). */
    public Task take(CurrentUser user, Task task) {
        return take(user, task, null);
    }

    /**
     * As {@link #take(CurrentUser, Task)}, for a task whose candidate group the caller knows from the
     * process (e.g. {@code submitter:<department>} for a draft): a member of that group is eligible
     * without reading the task's identity links again; anyone else is checked in full.
     */
    public Task take(CurrentUser user, Task task, String knownCandidateGroup) {
        if (check(user, task, knownCandidateGroup)) {
            tasks.claim(task.getId(), user.username());
        }
        return task;
    }

    /**
     * The checks of {@link #take(CurrentUser, Task, String)} without claiming: a 403 for a user who may
     * not act on the task, a 409 when someone else holds it. Answers whether a claim is still needed.
     */
    public boolean check(CurrentUser user, Task task, String knownCandidateGroup) {
        boolean member = knownCandidateGroup != null && user.candidateGroups().contains(knownCandidateGroup);
        if (!member && !eligible(user, task)) {
            throw new ForbiddenException("无权办理该任务");
        }
        String assignee = task.getAssignee();
        if (assignee != null && !assignee.equals(user.username())) {
            throw new ConflictException("该任务已由" + nameOf(assignee) + "签收办理");
        }
        return assignee == null;
    }

    /** Takes and completes the task in the caller's transaction. */
    public void complete(CurrentUser user, Task task, TaskCompletion completion) {
        complete(user, task, null, completion);
    }

    /**
     * Checks, claims when nobody has, and completes, in the caller's transaction. Claim and completion
     * run in one engine command, so the engine reads the task once and writes its rows in one flush.
     */
    public void complete(CurrentUser user, Task task, String knownCandidateGroup, TaskCompletion completion) {
        boolean claim = check(user, task, knownCandidateGroup);
        management.executeCommand(commandContext -> {
            if (claim) {
                tasks.claim(task.getId(), user.username());
            }
            completeTaken(task, completion);
            return null;
        });
    }

    /** Completes a task the system (or an earlier check) already vouched for. */
    public void completeTaken(Task task, TaskCompletion completion) {
        if (task.getDelegationState() == org.flowable.task.api.DelegationState.PENDING) {
            throw new ConflictException("该任务由" + nameOf(task.getOwner()) + "委派，请办理后归还委派人，由委派人完成");
        }
        if (completion.opinion() != null && !completion.opinion().isBlank()) {
            tasks.addComment(task.getId(), task.getProcessInstanceId(), IssueProcess.OPINION_COMMENT, completion.opinion());
        }
        var builder = tasks.createTaskCompletionBuilder().taskId(task.getId())
                .variableLocal(IssueProcess.DECISION, completion.decision());
        if (completion.outcome() != null) {
            builder = builder.transientVariable(IssueProcess.OUTCOME, completion.outcome());
        }
        if (!completion.variables().isEmpty()) {
            builder = builder.variables(completion.variables());
        }
        builder.complete();
    }

    /** Puts the task in the user's name without the claim check (used when a submitter withdraws). */
    public void assign(Task task, String username) {
        tasks.setAssignee(task.getId(), username);
    }

    private String nameOf(String username) {
        return directory.user(username).map(account -> account.displayName()).orElse(username);
    }
}
