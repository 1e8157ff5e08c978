package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/** An editor cancelled the issue before sign-off, with a reason. */
public record IssueCancelled(Long issueId, String actor, String reason) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return IssueAction.ISSUE_CANCELLED;
    }

    @Override
    public String opinion() {
        return reason;
    }
}
