package cn.scgov.bulletin.shared;

/** A plain process-log line, for steps that need no event type of their own. */
public record ProcessLogged(AuditAction action, String actor, Long issueId, String departmentCode, String taskId,
        String decision, String opinion, String detail) implements AuditableEvent {

    public static ProcessLogged of(AuditAction action, String actor, String detail) {
        return new ProcessLogged(action, actor, null, null, null, null, null, detail);
    }

    public static ProcessLogged onIssue(AuditAction action, String actor, Long issueId, String detail) {
        return new ProcessLogged(action, actor, issueId, null, null, null, null, detail);
    }
}
