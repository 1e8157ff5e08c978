package cn.scgov.bulletin.directory;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A user account as administrators see it (never with its password hash). {@code lockedBy} names the
 * security administrator who locked it (null for the automatic lockout after failed logins);
 * {@code oneTimeExpiresAt} is set while the account holds a one-time password issued by the administrators.
 */
public record UserAccount(String username, String displayName, String departmentCode, Set<Role> roles,
        boolean enabled, int failedLogins, Instant lockedUntil, String lockedBy, boolean mustChangePassword,
        Instant passwordChangedAt, Instant oneTimeExpiresAt, @JsonIgnore int securityStamp, int version,
        String email) {

    public UserAccount {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Locked by the security administrator (until unlocked), not by the lockout after failed logins. */
    public boolean lockedByAdministrator(Instant now) {
        return lockedBy != null && lockedAt(now);
    }
}
