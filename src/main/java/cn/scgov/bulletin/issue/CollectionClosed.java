package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/** The editor closed collection before the deadline. */
public record CollectionClosed(Long issueId, String actor, int draftsClosed) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return IssueAction.COLLECTION_CLOSED;
    }

    @Override
    public String detail() {
        return draftsClosed + " 个部门尚未报送";
    }
}
