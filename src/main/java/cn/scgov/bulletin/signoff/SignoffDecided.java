package cn.scgov.bulletin.signoff;

import cn.scgov.bulletin.shared.AuditableEvent;

/** An approver decided on an issue (approved, returned, or added a signer). */
public record SignoffDecided(SignoffAction action, String actor, Long issueId, String taskId, String decision,
        String opinion, String detail) implements AuditableEvent {
}
