package cn.scgov.bulletin.distribution;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;

/** An issue was distributed, or a recipient acknowledged receipt. */
public record DistributionEvent(AuditAction action, String actor, Long issueId, String taskId, String detail,
        java.util.List<String> recipients) implements AuditableEvent {
}
