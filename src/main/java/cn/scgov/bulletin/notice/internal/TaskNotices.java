package cn.scgov.bulletin.notice.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.HistoryService;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every way a task reaches a person, in one place (called by {@link TaskNoticeListener} inside the
 * engine's transaction): a new task tells its assignee or everyone in its candidate groups; a task
 * handed to someone by another person (transfer, delegation) tells the new assignee; a task done
 * or withdrawn by the engine marks every notice about it done.
 */
@Component
class TaskNotices {

    private final NoticeWriter writer;
    private final NoticeRepository notices;
    private final GroupMembers groups;
    private final Directory directory;
    private final IssueTitles titles;
    private final ObjectProvider<HistoryService> history;
    private final TimeSource time;

    TaskNotices(NoticeWriter writer, NoticeRepository notices, GroupMembers groups, Directory directory,
            IssueTitles titles, ObjectProvider<HistoryService> history, TimeSource time) {
        this.writer = writer;
        this.notices = notices;
        this.groups = groups;
        this.directory = directory;
        this.titles = titles;
        this.history = history;
        this.time = time;
    }

    void created(TaskEntity task) {
        Long issueId = issueId(task);
        String key = task.getTaskDefinitionKey();
        NoticeKind kind = switch (key == null ? "" : key) {
            // A draft or compilation that comes back (returned, withdrawn) is told by its own notice.
            case IssueProcess.DRAFT_TASK -> again(task) ? null : NoticeKind.ISSUE_OPENED;
            case IssueProcess.COMPILE_TASK -> again(task) ? null : NoticeKind.COMPILE;
            case IssueProcess.REVIEW_TASK, IssueProcess.REVISION_REVIEW_TASK -> NoticeKind.REVIEW;
            // The department is told of a revision by the notice of its return (退回部门修改).
            case IssueProcess.REVISE_TASK -> null;
            case IssueProcess.SIGNOFF_TASK -> task.getAssignee() != null ? NoticeKind.SIGNER_ADDED : NoticeKind.SIGNOFF;
            case IssueProcess.ACKNOWLEDGE_TASK -> NoticeKind.DELIVERED;
            default -> NoticeKind.TASK;
        };
        if (kind == null) {
            return;
        }
        Set<String> recipients = task.getAssignee() != null ? Set.of(task.getAssignee()) : candidates(task);
        writer.tell(recipients, new NoticeWriter.Message(kind, values(task, issueId, null), link(key, issueId, task),
                issueId, task.getId()));
    }

    /**
     * A task now in someone's name. Claims (the actor takes it), the engine's own assignments and the
     * assignment a new task is created with are not news; another person handing it over is.
     */
    void assigned(TaskEntity task, String actor) {
        String assignee = task.getAssignee();
        if (task.isInserted() || assignee == null || actor == null || actor.equals(assignee)) {
            return;
        }
        boolean delegated = task.getOwner() != null && !task.getOwner().equals(assignee);
        Long issueId = issueId(task);
        writer.tell(List.of(assignee), new NoticeWriter.Message(delegated ? NoticeKind.DELEGATED : NoticeKind.TRANSFERRED,
                values(task, issueId, actor), link(task.getTaskDefinitionKey(), issueId, task), issueId, task.getId()));
    }

    void done(String taskId) {
        notices.markTaskDone(taskId, time.now());
    }

    private Map<String, String> values(TaskEntity task, Long issueId, String actor) {
        IssueTitles.Title title = titles.of(issueId);
        Map<String, String> values = new HashMap<>();
        values.put("issue", title.text());
        values.put("deadline", title.deadline());
        values.put("task", task.getName() == null ? "" : task.getName());
        String department = task.getCategory();
        values.put("department", department == null ? "" : directory.department(department).map(d -> d.name())
                .orElse(department));
        values.put("actor", actor == null ? "" : directory.user(actor).map(UserAccount::displayName).orElse(actor));
        return values;
    }

    private static String link(String key, Long issueId, TaskEntity task) {
        if (issueId == null || key == null) {
            return "/inbox";
        }
        return switch (key) {
            case IssueProcess.DRAFT_TASK, IssueProcess.REVISE_TASK -> "/issues/" + issueId + "/contribution";
            case IssueProcess.REVIEW_TASK, IssueProcess.REVISION_REVIEW_TASK -> "/issues/" + issueId;
            case IssueProcess.COMPILE_TASK -> "/issues/" + issueId + "/compile";
            case IssueProcess.SIGNOFF_TASK -> "/issues/" + issueId + "/signoff";
            case IssueProcess.ACKNOWLEDGE_TASK -> "/deliveries";
            default -> "/inbox";
        };
    }

    private Set<String> candidates(TaskEntity task) {
        Set<String> users = new LinkedHashSet<>();
        Set<String> candidateGroups = new LinkedHashSet<>();
        for (IdentityLinkInfo link : task.getIdentityLinks()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                candidateGroups.add(link.getGroupId());
            }
        }
        users.addAll(groups.of(candidateGroups));
        return users;
    }

    /** Whether a task of the same step (and department) was finished before in this process. */
    private boolean again(TaskEntity task) {
        var query = history.getObject().createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .taskDefinitionKey(task.getTaskDefinitionKey()).finished();
        if (task.getCategory() != null) {
            query = query.taskCategory(task.getCategory());
        }
        return query.count() > 0;
    }

    private static Long issueId(TaskEntity task) {
        Object value = task.getVariable(IssueProcess.ISSUE_ID);
        return value instanceof Number number ? number.longValue() : null;
    }
}
