package cn.scgov.bulletin.contribution;

import cn.scgov.bulletin.shared.AuditableEvent;

/**
 * Something happened to a department's contribution (submitted, returned, urged, reminded, overdue…);
 * the audit log records it and notices go to the people concerned.
 */
public record ContributionEvent(ContributionAction action, String actor, Long issueId, long contributionId,
        String departmentCode, String taskId, String decision, String opinion, String detail) implements AuditableEvent {
}
