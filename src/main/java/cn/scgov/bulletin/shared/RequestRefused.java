package cn.scgov.bulletin.shared;

/**
 * A request to change something that was refused as a client mistake (400, 404, 409, 413, 415): the
 * process log records who tried what, from where, and why it was refused. (403s are {@link AccessRefused}.)
 */
public record RequestRefused(String username, String method, String path, int status, String reason)
        implements AuditableEvent {

    /** Request attribute under which error handlers leave the refusal's message for the audit. */
    public static final String REASON = RequestRefused.class.getName() + ".REASON";

    @Override
    public AuditAction action() {
        return RefusalAction.REQUEST_REFUSED;
    }

    @Override
    public String actor() {
        return username;
    }

    @Override
    public String detail() {
        return method + " " + path + " → " + status + (reason == null ? "" : "：" + reason);
    }
}
