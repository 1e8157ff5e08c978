package cn.scgov.bulletin.inbox;

import java.util.List;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/** An issue in progress was copied (抄送) to {@code usernames}; logged once, told to each of them. */
public record IssueCopied(String actor, Long issueId, List<String> usernames, String note, String detail)
        implements AuditableEvent {

    @Override
    public AuditAction action() {
        return InboxAction.ISSUE_COPIED;
    }

    @Override
    public String opinion() {
        return note;
    }
}
