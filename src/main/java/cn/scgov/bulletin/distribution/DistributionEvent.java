package cn.scgov.bulletin.distribution;

import cn.scgov.bulletin.shared.AuditableEvent;

/** An issue was distributed, or a recipient acknowledged receipt. */
public record DistributionEvent(DistributionAction action, String actor, Long issueId, String taskId, String detail,
        java.util.List<String> recipients) implements AuditableEvent {
}
