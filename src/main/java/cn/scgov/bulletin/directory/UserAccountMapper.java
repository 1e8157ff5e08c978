package cn.scgov.bulletin.directory;

import java.time.Instant;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** A stored account row and its roles, read from their own table, as one {@link UserAccount}. */
@Mapper
public interface UserAccountMapper {

    UserAccountMapper INSTANCE = Mappers.getMapper(UserAccountMapper.class);

    /** The {@code app_user} columns an account shows, bound by name (never the password hashes). */
    record Row(String username, String displayName, String departmentCode, boolean enabled, int failedLogins,
            Instant lockedUntil, String lockedBy, boolean mustChangePassword, Instant passwordChangedAt,
            Instant oneTimeExpiresAt, int securityStamp, int version, String email) {
    }

    @Mapping(target = "roles", source = "roles")
    UserAccount toAccount(Row row, Set<Role> roles);
}
