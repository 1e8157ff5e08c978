package cn.scgov.bulletin.issue;

import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/**
 * An issue was opened, in the same transaction and before its process starts: listeners create
 * their part of the issue (contributions, statistics and checklist, sign-off chain) from the
 * bulletin's definition as it was at this moment.
 */
public record IssueOpened(Long issueId, long bulletinId, String actor, BulletinDefinition definition,
        Map<String, Long> sectionIds, Set<String> contributingDepartments, String issueLine) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return IssueAction.ISSUE_OPENED;
    }

    @Override
    public String detail() {
        return definition.title() + " " + issueLine + "，" + contributingDepartments.size() + " 个部门报送";
    }
}
