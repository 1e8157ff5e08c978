package cn.scgov.bulletin.directory;

import java.time.Instant;
import java.util.Set;

/** A user account as administrators see it (never with its password hash). */
public record UserAccount(String username, String displayName, String departmentCode, Set<Role> roles,
        boolean enabled, int failedLogins, Instant lockedUntil, boolean mustChangePassword, int version, String email) {

    public UserAccount {
        roles = roles.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(roles));
    }

    /** An account without an e-mail address (notices then reach it in the application only). */
    public UserAccount(String username, String displayName, String departmentCode, Set<Role> roles, boolean enabled,
            int failedLogins, Instant lockedUntil, boolean mustChangePassword, int version) {
        this(username, displayName, departmentCode, roles, enabled, failedLogins, lockedUntil, mustChangePassword, version,
                null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
