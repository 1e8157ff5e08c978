package cn.scgov.bulletin.issue;

import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ForbiddenException;

import org.springframework.stereotype.Component;

/**
 * Who may see an issue: the office (editors), approvers and auditors see every issue; a submitter
 * sees the issues their department contributes to; other modules may grant more (recipients).
 * Administrators see none (三员分立).
 */
@Component
public class IssueAccess {

    private final Issues issues;
    private final List<IssueReadPermission> permissions;

    IssueAccess(Issues issues, List<IssueReadPermission> permissions) {
        this.issues = issues;
        this.permissions = permissions;
    }

    public boolean canRead(CurrentUser user, Issue issue) {
        if (user.hasAny(Role.EDITOR, Role.REVIEWER, Role.LEADER, Role.AUDITOR)) {
            return true;
        }
        if (user.has(Role.SUBMITTER) && issues.contributingDepartments(issue.id()).contains(user.departmentCode())) {
            return true;
        }
        return permissions.stream().anyMatch(permission -> permission.canRead(user, issue));
    }

    /** The issue if the user may read it: 404 when it does not exist, 403 when not entitled. */
    public Issue readable(CurrentUser user, long issueId) {
        Issue issue = issues.require(issueId);
        if (!canRead(user, issue)) {
            throw new ForbiddenException("无权查看该期次");
        }
        return issue;
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
}
