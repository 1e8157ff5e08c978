package cn.scgov.bulletin.shared;

/** Published whenever a caller is refused (403); the audit log records it. */
public record AccessRefused(String username, String method, String path, String reason) implements AuditableEvent {

    @Override
    public AuditAction action() {
        return RefusalAction.ACCESS_DENIED;
    }

    @Override
    public String actor() {
        return username;
    }

    @Override
    public String detail() {
        return method + " " + path + (reason == null ? "" : "：" + reason);
    }
}
