package cn.scgov.bulletin.inbox;

import java.util.List;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/** People were urged (催办) to do an open task of an issue; logged once, told to each of {@code usernames}. */
public record TaskUrged(AuditAction action, String actor, Long issueId, String taskId, String taskName,
        List<String> usernames, String message, String link, String detail) implements AuditableEvent {

    @Override
    public String opinion() {
        return message;
    }
}
