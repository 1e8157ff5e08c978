package cn.scgov.bulletin.issue;

import java.util.List;

import cn.scgov.bulletin.bulletin.FiguresReadPolicy;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who may read what of an issue: the one policy every API endpoint, page and document uses.
 *
 * <table>
 * <tr><th>What</th><th>Who</th></tr>
 * <tr><td>the issue itself (title, period, outline, colophon, frozen documents)</td><td>the office readers —
 * editors, reviewers, leaders, auditors —; submitters of a department contributing to it; recipients it was
 * delivered to (granted by {@link IssueReadPermission}s)</td></tr>
 * <tr><td>one department's contribution</td><td>the office readers; submitters of that department</td></tr>
 * <tr><td>every department's contributions and their status, the compilation, the sign-off chain and opinions,
 * the timeline and process diagram, recipients and receipts, draft documents, a bulletin's opening
 * figures</td><td>the office readers only</td></tr>
 * <tr><td>the compilation, the sign-off chain and opinions, draft documents</td><td>also people the issue
 * was copied to (抄送, granted by an {@link IssueReadPermission} of the inbox), read-only</td></tr>
 * </table>
 *
 * The system and security administrators read no issue content (三员分立). A refusal is a 403
 * ({@link ForbiddenException}), which the error handlers record in the process log.
 */
@Component
public class IssueAccess implements FiguresReadPolicy {

    /** What of an issue is read, beyond the issue itself and one department's contribution. */
    public enum Part {
        ISSUE, CONTRIBUTIONS, COMPILATION, SIGNOFF, HISTORY, RECIPIENTS, DRAFT_DOCUMENT
    }

    private final Issues issues;
    private final List<IssueReadPermission> permissions;

    IssueAccess(Issues issues, List<IssueReadPermission> permissions) {
        this.issues = issues;
        this.permissions = permissions;
    }

    /** Editors, reviewers, leaders and auditors: they read every issue in full. */
    public static boolean officeReader(CurrentUser user) {
        return user.hasAnyOf(Role.OFFICE_READERS);
    }

    /**
     * Whether the user's roles let them read any issue at all: the office readers, submitters (the issues their
     * department contributes to) and recipients (those delivered to them). Which issues is still
     * {@link #canRead(CurrentUser, Issue)}'s answer.
     */
    public static boolean readsIssues(CurrentUser user) {
        return user.hasAnyOf(Role.ISSUE_READERS);
    }

    public boolean canRead(CurrentUser user, Issue issue) {
        return canRead(user, issue, Part.ISSUE);
    }

    public boolean canRead(CurrentUser user, Issue issue, Part part) {
        if (officeReader(user)) {
            return true;
        }
        if (part == Part.ISSUE && user.has(Role.SUBMITTER)
                && issues.contributingDepartments(issue.id()).contains(user.departmentCode())) {
            return true;
        }
        return permissions.stream().anyMatch(permission -> permission.canRead(user, issue, part));
    }

    /** One department's contribution to the issue. */
    public boolean canReadContribution(CurrentUser user, Issue issue, String departmentCode) {
        return officeReader(user) || user.submitterOf(departmentCode)
                && issues.contributingDepartments(issue.id()).contains(departmentCode);
    }

    /** The issue if the user may read it: 404 when it does not exist, 403 when not entitled. */
    public Issue readable(CurrentUser user, long issueId) {
        return readable(user, issueId, Part.ISSUE);
    }

    /** The issue if the user may read that part of it: 404 when it does not exist, 403 when not entitled. */
    public Issue readable(CurrentUser user, long issueId, Part part) {
        Issue issue = issues.require(issueId);
        if (!canRead(user, issue, part)) {
            throw new ForbiddenException(refusal(part));
        }
        return issue;
    }

    /** The issue if the user may read the department's contribution to it (404 / 403 as above). */
    public Issue contributionReadable(CurrentUser user, long issueId, String departmentCode) {
        Issue issue = issues.require(issueId);
        if (!canReadContribution(user, issue, departmentCode)) {
            throw new ForbiddenException("无权查看其他部门的稿件");
        }
        return issue;
    }

    /** Opening (year-to-date) figures of a bulletin: business figures, for the office readers only. */
    @Override
    public void requireFiguresReader(CurrentUser user) {
        if (!officeReader(user)) {
            throw new ForbiddenException("仅编辑、审核人、签发领导和审计员可查看年初累计数");
        }
    }

    /** Editors only: opening, collecting, compiling, cancelling. */
    public Issue editable(CurrentUser user, long issueId) {
        requireEditor(user);
        return issues.require(issueId);
    }

    public static void requireEditor(CurrentUser user) {
        if (!user.has(Role.EDITOR)) {
            throw new ForbiddenException("仅编辑可执行此操作");
        }
    }

    private static String refusal(Part part) {
        return switch (part) {
            case ISSUE -> "无权查看该期次";
            case CONTRIBUTIONS -> "无权查看各部门报送情况";
            case COMPILATION -> "无权查看该期汇编内容（仅编辑、审核人、签发领导和审计员）";
            case SIGNOFF -> "无权查看审签环节和意见";
            case HISTORY -> "无权查看期次的办理过程";
            case RECIPIENTS -> "无权查看分发签收情况";
            case DRAFT_DOCUMENT -> "签发前仅编辑、审核人、签发领导和审计员可预览草稿";
        };
    }
}
