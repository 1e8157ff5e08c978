package cn.scgov.bulletin.directory;

import java.time.Instant;
import java.util.Set;

/** A user account as administrators see it (never with its password hash). */
public record UserAccount(String username, String displayName, String departmentCode, Set<Role> roles,
        boolean enabled, int failedLogins, Instant lockedUntil, boolean mustChangePassword, int version) {

    public UserAccount {
        roles = roles.isEmpty() ? java.util.Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(roles));
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
