package cn.scgov.bulletin.contribution;

import cn.scgov.bulletin.contribution.internal.ContributionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.inbox.TaskCompletion;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What submitters and editors do to a department's contribution. */
@Service
public class ContributionService {

    static final int MAX_ITEMS = 100;
    static final int MAX_ITEM_LENGTH = 20_000;

    private final ContributionRepository contributions;
    private final Issues issues;
    private final IssueAccess issueAccess;
    private final TaskGate gate;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    ContributionService(ContributionRepository contributions, Issues issues, IssueAccess issueAccess, TaskGate gate,
            TimeSource time, ApplicationEventPublisher events) {
        this.contributions = contributions;
        this.issues = issues;
        this.issueAccess = issueAccess;
        this.gate = gate;
        this.time = time;
        this.events = events;
    }

    public record DraftItem(long sectionId, String text) {
    }

    public enum ReviewDecision {
        ACCEPT, RETURN
    }

    public Contribution contribution(CurrentUser user, long id) {
        return readable(user, id);
    }

    /** The caller's own department's contribution to an issue. */
    public Contribution mine(CurrentUser user, long issueId) {
        if (!user.has(Role.SUBMITTER) || user.departmentCode() == null) {
            throw new ForbiddenException("仅部门报送员有本部门稿件");
        }
        issues.require(issueId);
        return contributions.find(issueId, user.departmentCode())
                .orElseThrow(() -> new NotFoundException("本部门不参与该期报送"));
    }

    /** One department's contribution to an issue, for whoever may read it (pages link issue + department). */
    public Contribution ofDepartment(CurrentUser user, long issueId, String departmentCode) {
        issueAccess.contributionReadable(user, issueId, departmentCode);
        Contribution contribution = contributions.find(issueId, departmentCode)
                .orElseThrow(() -> new NotFoundException("该部门不参与该期报送"));
        return readable(user, contribution.id());
    }

    public List<Contribution> ofIssue(CurrentUser user, long issueId) {
        issueAccess.readable(user, issueId, IssueAccess.Part.CONTRIBUTIONS);
        return contributions.ofIssue(issueId);
    }

    public Map<Long, Integer> itemCounts(long issueId) {
        return contributions.itemCounts(issueId);
    }

    public List<ContributionRevision> revisions(CurrentUser user, long id) {
        readable(user, id);
        return contributions.revisions(id);
    }

    @Transactional
    @RetryOnCollision
    public Contribution save(CurrentUser user, long id, int version, List<DraftItem> items) {
        Drafting drafting = startDrafting(user, id, true);
        List<ContributionRepository.NewItem> checked = check(drafting.issue(), drafting.contribution(), items);
        ContributionStatus status = drafting.contribution().status() == ContributionStatus.RETURNED
                ? ContributionStatus.RETURNED : ContributionStatus.DRAFTING;
        transition(drafting.contribution(), version, status, user.username());
        contributions.replaceItems(id, checked);
        publish(ContributionAction.CONTRIBUTION_SAVED, user, drafting.contribution(), drafting.task().getId(), null, null,
                checked.size() + " 条");
        return require(id);
    }

    @Transactional
    @RetryOnCollision
    public Contribution submit(CurrentUser user, long id, int version, List<DraftItem> items) {
        Drafting drafting = startDrafting(user, id, false);
        Contribution contribution = drafting.contribution();
        List<ContributionItem> current = items == null ? contribution.items()
                : contributions.replaceItems(id, check(drafting.issue(), contribution, items));
        if (current.isEmpty()) {
            throw InvalidInputException.field("items", "稿件没有内容；如本期无报送内容，请选择“本期无报送”");
        }
        Instant now = time.now();
        if (!contributions.submit(id, version, user.username(), now)) {
            throw new ConflictException("稿件已被他人修改，请刷新后重试");
        }
        int revision = contribution.revision() + 1;
        contributions.saveRevision(id, revision, user.username(), now, current);
        publish(ContributionAction.CONTRIBUTION_SUBMITTED, user, contribution, drafting.task().getId(), "SUBMITTED", null,
                "第 " + revision + " 次报送，" + current.size() + " 条");
        // The engine's rows are the contended ones, so its work comes last in the transaction.
        gate.complete(user, drafting.task(), drafting.group(), TaskCompletion.of("SUBMITTED"));
        return new Contribution(id, contribution.issueId(), contribution.departmentCode(), ContributionStatus.SUBMITTED,
                contribution.overdue(), revision, contribution.returnReason(), contribution.returnedBy(),
                contribution.returnedAt(), user.username(), now, contribution.reviewedBy(), contribution.reviewedAt(),
                user.username(), now, contribution.version() + 1, current);
    }

    @Transactional
    @RetryOnCollision
    public Contribution nothingToReport(CurrentUser user, long id, int version) {
        Drafting drafting = startDrafting(user, id, false);
        if (IssueProcess.REVISE_TASK.equals(drafting.task().getTaskDefinitionKey())) {
            throw new ConflictException("稿件已被采用、正在退回修改，不能改为本期无报送");
        }
        transition(drafting.contribution(), version, ContributionStatus.NOTHING_TO_REPORT, user.username());
        contributions.replaceItems(id, List.of());
        gate.complete(user, drafting.task(), drafting.group(), TaskCompletion.of("NOTHING_TO_REPORT"));
        publish(ContributionAction.NOTHING_TO_REPORT, user, drafting.contribution(), drafting.task().getId(),
                "NOTHING_TO_REPORT", null, null);
        return require(id);
    }

    /** A submitter takes back a submitted contribution the editor has not started reviewing (撤回). */
    @Transactional
    @RetryOnCollision
    public Contribution withdraw(CurrentUser user, long id, int version) {
        Contribution contribution = require(id);
        requireSubmitter(user, contribution);
        Issue issue = issues.require(contribution.issueId());
        if (contribution.status() != ContributionStatus.SUBMITTED) {
            throw new ConflictException("只有已报送、待审核的稿件可以撤回");
        }
        Task review = reviewTask(issue, contribution, "稿件已审核，不能撤回");
        boolean revision = IssueProcess.REVISION_REVIEW_TASK.equals(review.getTaskDefinitionKey());
        if (issue.collectionClosed() && !revision) {
            throw new ConflictException("征集已截止，不能撤回");
        }
        if (review.getAssignee() != null) {
            throw new ConflictException("编辑已开始审核，不能撤回");
        }
        transition(contribution, version, ContributionStatus.DRAFTING, user.username());
        gate.assign(review, user.username());
        // The gateway after review routes "WITHDRAW" back to drafting, as it does "RETURN".
        gate.completeTaken(review, new TaskCompletion("WITHDRAWN", "WITHDRAW", null, Map.of()));
        publish(ContributionAction.CONTRIBUTION_WITHDRAWN, user, contribution, review.getId(), "WITHDRAWN", null, null);
        return require(id);
    }

    @Transactional
    @RetryOnCollision
    public Contribution review(CurrentUser user, long id, int version, ReviewDecision decision, String reason) {
        IssueAccess.requireEditor(user);
        if (decision == ReviewDecision.RETURN && (reason == null || reason.isBlank())) {
            throw InvalidInputException.field("reason", "退回须填写原因");
        }
        Contribution contribution = require(id);
        Issue issue = issues.require(contribution.issueId());
        if (contribution.status() != ContributionStatus.SUBMITTED) {
            throw new ConflictException("该稿件当前不在待审核状态（" + contribution.status().label() + "）");
        }
        Task review = reviewTask(issue, contribution, "该稿件已审核");
        // A revision the editor asked for while compiling: its acceptance replaces the department's compiled items.
        boolean revision = IssueProcess.REVISION_REVIEW_TASK.equals(review.getTaskDefinitionKey());
        Instant now = time.now();
        if (decision == ReviewDecision.ACCEPT) {
            transition(contribution, version, ContributionStatus.ACCEPTED, user.username());
            contributions.markReviewed(id, user.username(), now);
            gate.complete(user, review, new TaskCompletion("ACCEPTED", "ACCEPT", reason, Map.of()));
            events.publishEvent(new ContributionAccepted(issue.id(), id, contribution.departmentCode(),
                    contributions.items(id), revision));
            publish(ContributionAction.CONTRIBUTION_ACCEPTED, user, contribution, review.getId(), "ACCEPTED", reason, null);
        } else {
            if (issue.collectionClosed() && !revision) {
                throw new ConflictException("征集已截止，不能再退回；可采用后在汇编时删改");
            }
            transition(contribution, version, ContributionStatus.RETURNED, user.username());
            contributions.markReturned(id, reason.strip(), user.username(), now);
            gate.complete(user, review, new TaskCompletion("RETURNED", "RETURN", reason.strip(), Map.of()));
            publish(ContributionAction.CONTRIBUTION_RETURNED, user, contribution, review.getId(), "RETURNED", reason.strip(), null);
        }
        return require(id);
    }

    /** An editor reminds a late department (催办); recorded in the log and sent to its submitters. */
    @Transactional
    @RetryOnCollision
    public Contribution urge(CurrentUser user, long id, String message) {
        IssueAccess.requireEditor(user);
        Contribution contribution = require(id);
        if (!contribution.status().drafting()) {
            throw new ConflictException("该部门已报送，无需催办");
        }
        String text = message == null || message.isBlank() ? "请尽快报送本期稿件" : message.strip();
        publish(ContributionAction.URGED, user, contribution, null, null, text, null);
        return contribution;
    }

    private record Drafting(Contribution contribution, Issue issue, Task task, String group) {
    }

    /**
     * Checks that the user may work on the contribution's draft now. Saving claims the draft task at once;
     * submitting leaves the claim to the completion, which does both in one engine command.
     */
    private Drafting startDrafting(CurrentUser user, long id, boolean claimNow) {
        Contribution contribution = require(id);
        requireSubmitter(user, contribution);
        Issue issue = issues.require(contribution.issueId());
        if (!contribution.status().drafting()) {
            throw new ConflictException("稿件" + contribution.status().label() + "，不能再修改");
        }
        Task task = gate.activeTask(issue.processInstanceId(), IssueProcess.DRAFT_TASK, contribution.departmentCode())
                .or(() -> gate.activeTask(issue.processInstanceId(), IssueProcess.REVISE_TASK, contribution.departmentCode()))
                .orElseThrow(() -> new ConflictException("当前不在起草阶段"));
        String group = Role.submitterGroup(contribution.departmentCode());
        if (claimNow) {
            gate.take(user, task, group);
        } else {
            gate.check(user, task, group);
        }
        return new Drafting(contribution, issue, task, group);
    }

    /** The review of a submission: during collection, or of a revision asked for while compiling. */
    private Task reviewTask(Issue issue, Contribution contribution, String whenMissing) {
        return gate.activeTask(issue.processInstanceId(), IssueProcess.REVIEW_TASK, contribution.departmentCode())
                .or(() -> gate.activeTask(issue.processInstanceId(), IssueProcess.REVISION_REVIEW_TASK,
                        contribution.departmentCode()))
                .orElseThrow(() -> new ConflictException(whenMissing));
    }

    private List<ContributionRepository.NewItem> check(Issue issue, Contribution contribution, List<DraftItem> items) {
        return DraftItems.check(issues.outline(issue.id()), contribution.departmentCode(), items);
    }

    private void transition(Contribution contribution, int version, ContributionStatus status, String actor) {
        if (!contributions.transition(contribution.id(), version, status, actor, time.now())) {
            throw new ConflictException("稿件已被他人修改，请刷新后重试");
        }
    }

    private Contribution readable(CurrentUser user, long id) {
        Contribution contribution = require(id);
        issueAccess.contributionReadable(user, contribution.issueId(), contribution.departmentCode());
        return contribution;
    }

    private static void requireSubmitter(CurrentUser user, Contribution contribution) {
        if (!user.submitterOf(contribution.departmentCode())) {
            throw new ForbiddenException("只有本部门报送员可以办理本部门稿件");
        }
    }

    private Contribution require(long id) {
        return contributions.find(id).orElseThrow(() -> new NotFoundException("稿件不存在：" + id));
    }

    private void publish(ContributionAction action, CurrentUser user, Contribution contribution, String taskId, String decision,
            String opinion, String detail) {
        events.publishEvent(new ContributionEvent(action, user.username(), contribution.issueId(), contribution.id(),
                contribution.departmentCode(), taskId, decision, opinion, detail));
    }
}
