package cn.scgov.bulletin.distribution;

import cn.scgov.bulletin.distribution.internal.DeliveryRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.inbox.TaskCompletion;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recipients' received issues and acknowledgements; who has acknowledged, for editors. */
@Service
public class DistributionService {

    private final DeliveryRepository deliveries;
    private final Issues issues;
    private final IssueAccess access;
    private final TaskGate gate;
    private final TaskService tasks;
    private final Directory directory;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final cn.scgov.bulletin.inbox.TaskUrges urges;

    DistributionService(DeliveryRepository deliveries, Issues issues, IssueAccess access, TaskGate gate,
            TaskService tasks, Directory directory, TimeSource time,
            ApplicationEventPublisher events, cn.scgov.bulletin.inbox.TaskUrges urges) {
        this.deliveries = deliveries;
        this.issues = issues;
        this.access = access;
        this.gate = gate;
        this.tasks = tasks;
        this.directory = directory;
        this.time = time;
        this.events = events;
        this.urges = urges;
    }

    public record Received(long deliveryId, long issueId, String title, String issueLine, String periodLine,
            String colophonKind, Instant deliveredAt, Instant acknowledgedAt) {
    }

    /** A recipient's receipt; {@code urgedAt} the last time they were urged to acknowledge, {@code urgeCount} how often. */
    public record RecipientStatus(String username, String displayName, String departmentCode, String colophonKind,
            Instant deliveredAt, Instant acknowledgedAt, Instant urgedAt, int urgeCount) {
    }

    public PageResult<Received> received(CurrentUser user, PageRequest page) {
        PageResult<Delivery> mine = deliveries.ofRecipient(user.username(), page);
        Map<Long, Issue> byId = new java.util.HashMap<>();
        issues.all(mine.items().stream().map(Delivery::issueId).distinct().toList())
                .forEach(issue -> byId.put(issue.id(), issue));
        return mine.map(delivery -> {
            Issue issue = byId.get(delivery.issueId());
            return new Received(delivery.id(), issue.id(), issue.title(), issues.issueLine(issue).text(),
                    cn.scgov.bulletin.issue.IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()),
                    delivery.colophonKind().label(), delivery.deliveredAt(), delivery.acknowledgedAt());
        });
    }

    public List<RecipientStatus> recipients(CurrentUser user, long issueId) {
        access.readable(user, issueId, IssueAccess.Part.RECIPIENTS);
        List<Delivery> list = deliveries.ofIssue(issueId);
        Map<String, String> names = directory.displayNames(list.stream().map(Delivery::recipient).toList());
        Map<String, cn.scgov.bulletin.inbox.TaskUrges.Urge> urged = urges.urged(issueId, RecipientUrges.KIND);
        return list.stream().map(delivery -> {
            var urge = urged.get(delivery.recipient());
            return new RecipientStatus(delivery.recipient(), names.getOrDefault(delivery.recipient(), delivery.recipient()),
                    directory.user(delivery.recipient()).map(u -> u.departmentCode()).orElse(null),
                    delivery.colophonKind().label(), delivery.deliveredAt(), delivery.acknowledgedAt(),
                    urge == null ? null : urge.at(), urge == null ? 0 : urge.count());
        }).toList();
    }

    @Transactional
    @RetryOnCollision
    public Delivery acknowledge(CurrentUser user, long issueId) {
        Issue issue = issues.require(issueId);
        Delivery delivery = deliveries.find(issueId, user.username())
                .orElseThrow(() -> new ForbiddenException("该期次未分发给您"));
        if (delivery.acknowledged()) {
            throw new ConflictException("您已签收该期次");
        }
        Task task = tasks.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.ACKNOWLEDGE_TASK).taskAssignee(user.username()).singleResult();
        if (task == null) {
            throw new ConflictException("签收任务不存在或已办结");
        }
        if (!deliveries.acknowledge(delivery.id(), time.now())) {
            throw new ConflictException("您已签收该期次");
        }
        gate.complete(user, task, TaskCompletion.of("ACKNOWLEDGED"));
        events.publishEvent(new DistributionEvent(DistributionAction.RECEIPT_ACKNOWLEDGED, user.username(), issueId,
                task.getId(), delivery.colophonKind().label(), List.of(user.username())));
        return deliveries.find(issueId, user.username()).orElseThrow(() -> new NotFoundException("分发记录不存在"));
    }

    boolean delivered(String username, long issueId) {
        return deliveries.find(issueId, username).isPresent();
    }
}
