package cn.scgov.bulletin.distribution;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.inbox.TaskUrges;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.RetryOnCollision;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An editor urges (催办) the recipients of a distributed issue who have not acknowledged it yet. */
@Service
public class RecipientUrges {

    public static final String KIND = "RECEIPT";

    private final IssueAccess access;
    private final TaskService tasks;
    private final TaskUrges urges;

    RecipientUrges(IssueAccess access, TaskService tasks, TaskUrges urges) {
        this.access = access;
        this.tasks = tasks;
        this.urges = urges;
    }

    /** Urges everyone still to acknowledge, or only {@code usernames} among them; answers who was urged. */
    @Transactional
    @RetryOnCollision
    public List<String> urge(CurrentUser user, long issueId, List<String> usernames, String message) {
        IssueAccess.requireEditor(user);
        Issue issue = access.readable(user, issueId);
        if (issue.status() != IssueStatus.DISTRIBUTED || issue.processInstanceId() == null) {
            throw new ConflictException("该期次尚未分发，没有可催办的签收");
        }
        List<Task> open = tasks.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.ACKNOWLEDGE_TASK).list().stream()
                .filter(task -> usernames == null || usernames.isEmpty() || usernames.contains(task.getAssignee()))
                .toList();
        if (open.isEmpty()) {
            throw new ConflictException("没有尚未签收的收文人");
        }
        String text = message == null || message.isBlank() ? "请尽快阅知并签收" : message.strip();
        return urges.urge(user.username(), issueId, KIND, open, text, "/deliveries", DistributionAction.RECEIPT_URGED);
    }
}
