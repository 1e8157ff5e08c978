package cn.scgov.bulletin.contribution;

import cn.scgov.bulletin.contribution.internal.ContributionRepository;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor returns an accepted contribution to its department while compiling (退回部门修改). The
 * department's branch of collection has ended by then, so the process starts a revision of its own
 * (message boundary event on 汇编): the department revises and submits through the usual contribution
 * endpoints, the editor reviews the revision, and its acceptance replaces the department's compiled items.
 */
@Service
public class ContributionReopening {

    /** Comment type on the revision task: the editor's reason, shown on the timeline. */
    public static final String REOPENING_COMMENT = "reopening";

    private final ContributionRepository contributions;
    private final Issues issues;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    ContributionReopening(ContributionRepository contributions, Issues issues, RuntimeService runtime,
            TaskService tasks, TimeSource time, ApplicationEventPublisher events) {
        this.contributions = contributions;
        this.issues = issues;
        this.runtime = runtime;
        this.tasks = tasks;
        this.time = time;
        this.events = events;
    }

    /** Editors only, while compiling, for an accepted contribution; the opinion is required. */
    @Transactional
    @RetryOnCollision
    public Contribution reopen(CurrentUser user, long id, Integer version, String opinion) {
        IssueAccess.requireEditor(user);
        if (opinion == null || opinion.isBlank()) {
            throw InvalidInputException.field("opinion", "退回部门修改须填写意见");
        }
        String reason = opinion.strip();
        Contribution contribution = contributions.find(id)
                .orElseThrow(() -> new NotFoundException("稿件不存在：" + id));
        Issue issue = issues.require(contribution.issueId());
        if (issue.status() != IssueStatus.COMPILING) {
            throw new ConflictException("只能在汇编阶段退回部门修改（该期次" + issue.status().label() + "）");
        }
        if (contribution.status() != ContributionStatus.ACCEPTED) {
            throw new ConflictException("只有已采用的稿件可以退回部门修改（该稿件" + contribution.status().label() + "）");
        }
        Execution compiling = runtime.createExecutionQuery().processInstanceId(issue.processInstanceId())
                .messageEventSubscriptionName(IssueProcess.REOPEN_MESSAGE).singleResult();
        if (compiling == null) {
            // Issues opened before the process had this path run on their old definition.
            boolean compileOpen = tasks.createTaskQuery().processInstanceId(issue.processInstanceId())
                    .taskDefinitionKey(IssueProcess.COMPILE_TASK).count() > 0;
            throw new ConflictException(compileOpen ? "该期次按旧版流程开设，不能退回部门修改；请在汇编时直接修改条目"
                    : "汇编任务已办结，不能退回部门修改");
        }
        int expected = version == null ? contribution.version() : version;
        if (!contributions.transition(id, expected, ContributionStatus.RETURNED, user.username(), time.now())) {
            throw new ConflictException("稿件已被他人修改，请刷新后重试");
        }
        contributions.markReturned(id, reason, user.username(), time.now());
        runtime.messageEventReceived(IssueProcess.REOPEN_MESSAGE, compiling.getId(),
                Map.of(IssueProcess.REOPENED_DEPARTMENT, contribution.departmentCode()));
        Task revise = tasks.createTaskQuery().processInstanceId(issue.processInstanceId())
                .taskDefinitionKey(IssueProcess.REVISE_TASK).taskCategory(contribution.departmentCode()).singleResult();
        tasks.addComment(revise.getId(), issue.processInstanceId(), REOPENING_COMMENT, reason);
        events.publishEvent(new ContributionEvent(ContributionAction.CONTRIBUTION_REOPENED, user.username(), issue.id(), id,
                contribution.departmentCode(), revise.getId(), "REOPENED", reason, null));
        return contributions.find(id).orElseThrow();
    }
}
