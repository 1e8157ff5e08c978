package cn.scgov.bulletin.directory;

/**
 * Published when an account's open sessions must end on every node: locked by an administrator,
 * disabled, a new password set, or a one-time password issued. {@code keepCurrentSession} keeps the
 * session of the request that made the change (the owner changing their own password).
 */
public record AccountSecurityChanged(String username, String reason, boolean keepCurrentSession) {
}
