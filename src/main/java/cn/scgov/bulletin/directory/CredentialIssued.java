package cn.scgov.bulletin.directory;

/**
 * A step of the two-person credential life cycle, for the account's owner and the auditors to be told:
 * {@code confirmed} false when the system administrator asked for it, true when the security
 * administrator confirmed it.
 */
public record CredentialIssued(String username, CredentialRequests.Kind kind, String actor, boolean confirmed) {
}
