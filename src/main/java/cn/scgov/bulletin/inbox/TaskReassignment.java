package cn.scgov.bulletin.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.DelegationState;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator reassigns any open task (改派), e.g. while its holder is on leave, with a
 * reason kept in the process log and as a comment of type {@value #REASSIGNMENT_COMMENT} on the task.
 * The new holder must be entitled to the task (its candidate groups or users); a task offered to one
 * person only (a receipt) is not reassigned. A pending delegation ends: the new holder owns the task.
 */
@Service
public class TaskReassignment {

    public static final String REASSIGNMENT_COMMENT = "reassignment";

    private final TaskGate gate;
    private final TaskService tasks;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    TaskReassignment(TaskGate gate, TaskService tasks, Directory directory, ApplicationEventPublisher events) {
        this.gate = gate;
        this.tasks = tasks;
        this.directory = directory;
        this.events = events;
    }

    /** An open task as the administrator sees it (no issue content, only who holds what since when). */
    public record OpenTask(String taskId, String name, Long issueId, String departmentCode, String assignee,
            String assigneeName, String owner, Instant createdAt, Instant dueAt) {
    }

    public PageResult<OpenTask> openTasks(CurrentUser user, String assignee, int page, int size) {
        requireAdministrator(user);
        var query = tasks.createTaskQuery().processDefinitionKey(IssueProcess.KEY).includeProcessVariables();
        if (assignee != null && !assignee.isBlank()) {
            query = query.taskAssignee(assignee.strip());
        }
        long total = query.count();
        List<Task> found = query.orderByTaskCreateTime().asc().listPage(page * size, size);
        Map<String, String> names = directory.displayNames(found.stream().map(Task::getAssignee)
                .filter(java.util.Objects::nonNull).distinct().toList());
        List<OpenTask> rows = found.stream().map(task -> new OpenTask(task.getId(), task.getName(),
                task.getProcessVariables().get(IssueProcess.ISSUE_ID) instanceof Number n ? n.longValue() : null,
                task.getCategory(), task.getAssignee(), task.getAssignee() == null ? null
                        : names.getOrDefault(task.getAssignee(), task.getAssignee()), task.getOwner(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant()))
                .toList();
        return new PageResult<>(rows, page, size, total);
    }

    @Transactional
    @RetryOnCollision
    public void reassign(CurrentUser user, String taskId, String username, String reason) {
        requireAdministrator(user);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.field("reason", "改派须填写原因");
        }
        if (username == null || username.isBlank()) {
            throw InvalidInputException.field("username", "请选择改派给谁");
        }
        Task task = gate.task(taskId).orElseThrow(() -> new NotFoundException("任务不存在或已办结"));
        CurrentUser target = directory.currentUser(username.strip())
                .orElseThrow(() -> InvalidInputException.field("username", "用户不存在或已停用：" + username));
        boolean offered = tasks.getIdentityLinksForTask(taskId).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
        if (!offered) {
            throw InvalidInputException.field("username", "该任务只能由指定人办理，不能改派");
        }
        if (target.username().equals(task.getAssignee())) {
            throw InvalidInputException.field("username", "该任务已由" + target.displayName() + "办理");
        }
        if (!gate.eligible(target, task)) {
            throw InvalidInputException.field("username", target.displayName() + "无权办理该任务");
        }
        String from = task.getAssignee() == null ? "（未签收）" : directory.user(task.getAssignee())
                .map(a -> a.displayName()).orElse(task.getAssignee());
        if (task.getDelegationState() == DelegationState.PENDING) {
            tasks.resolveTask(taskId);
        }
        tasks.setOwner(taskId, null);
        tasks.setAssignee(taskId, target.username());
        String detail = from + " → " + target.displayName() + "（" + target.username() + "）";
        var comment = tasks.addComment(taskId, task.getProcessInstanceId(), REASSIGNMENT_COMMENT,
                "管理员改派：" + detail + "，原因：" + reason.strip());
        comment.setUserId(user.username());
        tasks.saveComment(comment);
        Object issueId = tasks.getVariable(taskId, IssueProcess.ISSUE_ID);
        events.publishEvent(new ProcessLogged(InboxAction.TASK_REASSIGNED, user.username(),
                issueId instanceof Number n ? n.longValue() : null, task.getCategory(), taskId, null, reason.strip(),
                task.getName() + " " + detail));
    }

    private static void requireAdministrator(CurrentUser user) {
        if (!user.hasAny(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可改派任务");
        }
    }
}
