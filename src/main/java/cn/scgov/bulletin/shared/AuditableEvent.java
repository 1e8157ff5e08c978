package cn.scgov.bulletin.shared;

/**
 * A domain event that is also a line of the process log. Modules publish their own event types
 * implementing this; the audit module writes every one of them in the publishing transaction, so a
 * step and its log line commit or roll back together.
 */
public interface AuditableEvent {

    AuditAction action();

    /** The acting username, or null when the system acted (timers, jobs). */
    String actor();

    default Long issueId() {
        return null;
    }

    /** The department the step concerns (a contribution's department), if any. */
    default String departmentCode() {
        return null;
    }

    default String taskId() {
        return null;
    }

    default String decision() {
        return null;
    }

    default String opinion() {
        return null;
    }

    default String detail() {
        return null;
    }
}
