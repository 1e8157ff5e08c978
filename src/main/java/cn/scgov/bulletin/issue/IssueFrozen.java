package cn.scgov.bulletin.issue;

import java.time.LocalDate;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/**
 * The signed-off issue received its number and date and its content is final. Listeners freeze
 * their part in the same transaction (year-to-date figures, rendered files).
 */
public record IssueFrozen(Long issueId, String issueLine, LocalDate issueDate) implements AuditableEvent {

    public IssueFrozen(Long issueId, String issueLine) {
        this(issueId, issueLine, null);
    }

    @Override
    public AuditAction action() {
        return IssueAction.ISSUE_SIGNED_OFF;
    }

    @Override
    public String actor() {
        return null;
    }

    @Override
    public String detail() {
        return "编号定稿：" + issueLine + (issueDate == null ? "" : "，成文日期 " + IssueFormats.date(issueDate));
    }
}
