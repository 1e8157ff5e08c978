package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/**
 * The signed-off issue received its number and date and its content is final. Listeners freeze
 * their part in the same transaction (year-to-date figures, rendered files).
 */
public record IssueFrozen(Long issueId, String issueLine) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return AuditAction.ISSUE_SIGNED_OFF;
    }

    @Override
    public String actor() {
        return null;
    }

    @Override
    public String detail() {
        return "编号定稿：" + issueLine;
    }
}
