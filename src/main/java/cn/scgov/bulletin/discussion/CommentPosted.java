package cn.scgov.bulletin.discussion;

import java.util.List;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/**
 * A comment was posted on a thread: one process-log line (the text as its opinion), and a notice to each
 * person it mentioned ({@code mentioned}, never the author). {@code link} is the page showing the thread.
 */
public record CommentPosted(String actor, Long issueId, String departmentCode, String thread, String text,
        List<String> mentioned, String link, String detail) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return DiscussionAction.COMMENT_POSTED;
    }

    @Override
    public String opinion() {
        return text;
    }
}
