package cn.scgov.bulletin.signoff;

import cn.scgov.bulletin.signoff.internal.SignoffRepository;
import cn.scgov.bulletin.signoff.internal.SignoffRound;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.inbox.TaskCompletion;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.RetryOnCollision;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing who signs an issue, within its bulletin's {@link SignoffRules}: the approver whose turn it is
 * adds a signer after themselves (后加签), or before themselves (前加签: their task ends with the decision
 * ADDED_BEFORE, the added signer decides next and the step comes back to them); an added signer who has
 * not been reached yet is removed (减签) by whoever added them or by the approver whose turn it is.
 */
@Service
public class SignerChanges {

    private final SignoffRepository steps;
    private final SignoffRulesService rules;
    private final IssueAccess access;
    private final TaskGate gate;
    private final TaskService tasks;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    SignerChanges(SignoffRepository steps, SignoffRulesService rules, IssueAccess access, TaskGate gate,
            TaskService tasks, Directory directory, ApplicationEventPublisher events) {
        this.steps = steps;
        this.rules = rules;
        this.access = access;
        this.gate = gate;
        this.tasks = tasks;
        this.directory = directory;
        this.events = events;
    }

    /** Adds a signer after ({@code before} false) or before the caller's current step. */
    @Transactional
    @RetryOnCollision
    public void add(CurrentUser user, long issueId, String username, String stepName, boolean before, String opinion) {
        requireApprover(user);
        Issue issue = inSignoff(user, issueId);
        Task task = currentTask(issue);
        gate.take(user, task);
        UserAccount signer = directory.user(username).filter(UserAccount::enabled)
                .orElseThrow(() -> InvalidInputException.field("username", "用户不存在或已停用：" + username));
        if (signer.username().equals(user.username())) {
            throw InvalidInputException.field("username", "不能为自己加签");
        }
        Role role = signer.roles().contains(Role.LEADER) ? Role.LEADER
                : signer.roles().contains(Role.REVIEWER) ? Role.REVIEWER : null;
        if (role == null) {
            throw InvalidInputException.field("username", "加签人须为审核人或签发领导");
        }
        int index = index(task);
        List<SignoffStep> chain = steps.steps(issueId);
        SignoffRules limits = rules.of(issue.bulletinId());
        long added = chain.stream().filter(step -> step.addedBy() != null).count();
        if (added >= limits.maxAddedSigners()) {
            throw new ConflictException(limits.maxAddedSigners() == 0 ? "本刊物不允许加签"
                    : "本期已加签 " + added + " 人，已达刊物规定的上限（" + limits.maxAddedSigners() + " 人）");
        }
        boolean becomesLast = !before && index == chain.size() - 1;
        if (becomesLast && limits.leadersOnlyLastStep() && role != Role.LEADER) {
            throw InvalidInputException.field("username", "最后一步只能加签签发领导");
        }
        String name = stepName == null || stepName.isBlank() ? "加签审核" : stepName.strip();
        SignoffStep step = new SignoffStep(0, name, role, signer.username(), user.username());
        String who = signer.displayName() + "（" + name + "）";
        if (!before) {
            steps.insertAfter(issueId, index, step);
            tasks.setVariable(task.getId(), SignoffWithdrawals.WITHDRAWABLE, "");
            events.publishEvent(new SignoffDecided(SignoffAction.SIGNER_ADDED, user.username(), issueId, task.getId(),
                    null, null, "加签：" + who));
            return;
        }
        SignoffStep mine = chain.get(index);
        steps.insertAfter(issueId, index - 1, step);
        steps.assign(issueId, index + 1, user.username());
        Map<String, Object> variables = new HashMap<>(SignoffRound.stepVariables(index,
                new SignoffStep(index, name, role, signer.username(), user.username())));
        variables.put(SignoffWithdrawals.WITHDRAWABLE, "");
        variables.put(IssueProcess.SIGNOFF_DONE, false);
        String text = opinion == null || opinion.isBlank() ? null : opinion.strip();
        gate.completeTaken(task, new TaskCompletion("ADDED_BEFORE", "ADD_BEFORE", text, variables));
        events.publishEvent(new SignoffDecided(SignoffAction.SIGNER_ADDED_BEFORE, user.username(), issueId,
                task.getId(), "ADDED_BEFORE", text, "前加签：" + who + "，之后回到" + mine.name()));
    }

    /** Removes an added signer not reached yet (减签). */
    @Transactional
    @RetryOnCollision
    public void remove(CurrentUser user, long issueId, int position) {
        requireApprover(user);
        Issue issue = inSignoff(user, issueId);
        Task task = currentTask(issue);
        List<SignoffStep> chain = steps.steps(issueId);
        SignoffStep step = chain.stream().filter(s -> s.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("审签步骤不存在：" + position));
        if (step.addedBy() == null) {
            throw new ConflictException("只能减去加签的审签人，刊物规定的步骤不能减去");
        }
        if (position <= index(task)) {
            throw new ConflictException("该加签人已开始或完成审签，不能减签");
        }
        boolean holder = user.username().equals(task.getAssignee())
                || (task.getAssignee() == null && gate.eligible(user, task));
        if (!user.username().equals(step.addedBy()) && !holder) {
            throw new ForbiddenException("只有加签人或当前审签人可以减签");
        }
        steps.remove(issueId, position);
        String name = directory.user(step.assignee()).map(UserAccount::displayName).orElse(step.assignee());
        events.publishEvent(new SignoffDecided(SignoffAction.SIGNER_REMOVED, user.username(), issueId, task.getId(),
                null, null, "减签：" + name + "（" + step.name() + "）"));
    }

    private static void requireApprover(CurrentUser user) {
        if (!user.hasAnyOf(Role.APPROVERS)) {
            throw new ForbiddenException("仅审核人、签发领导可加签或减签");
        }
    }

    private Issue inSignoff(CurrentUser user, long issueId) {
        Issue issue = access.readable(user, issueId);
        if (issue.status() != IssueStatus.SIGNOFF) {
            throw new ConflictException("该期次当前不在审签阶段（" + issue.status().label() + "）");
        }
        return issue;
    }

    private Task currentTask(Issue issue) {
        return gate.requireActive(issue.processInstanceId(), IssueProcess.SIGNOFF_TASK, null, "当前没有待审签的任务");
    }

    private int index(Task task) {
        Object index = tasks.getVariable(task.getId(), IssueProcess.SIGNOFF_INDEX);
        return index == null ? 0 : ((Number) index).intValue();
    }
}
