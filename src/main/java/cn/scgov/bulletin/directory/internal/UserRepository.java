package cn.scgov.bulletin.directory.internal;

import cn.scgov.bulletin.directory.PasswordConfiguration;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.scgov.bulletin.directory.UserAccountMapper;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    /** The process log's cache of actors' names and departments (audit module). */
    private static final String ACTORS = "accounts";

    /** An account's columns; the one-time password's expiry counts only while one is issued. */
    private static final String ACCOUNT_COLUMNS = "u.username, u.display_name, u.department_code, u.enabled,"
            + " u.failed_logins, u.locked_until, u.locked_by, u.must_change_password, u.password_changed_at,"
            + " CASE WHEN u.one_time_second_hash IS NULL THEN NULL ELSE u.one_time_expires_at END AS one_time_expires_at,"
            + " u.security_stamp, u.version, u.email";

    private static final Rows<UserAccountMapper.Row> ACCOUNT = Rows.of(UserAccountMapper.Row.class);

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The account as the database has it now. Not cached between requests: several nodes share the
     * database, and a lock, a disabled account or a role withdrawn on one node must apply on every node
     * at the caller's next request.
     */
    public Optional<UserAccount> find(String username) {
        return load(username);
    }

    /** One query: the account with its roles (one row per role). */
    private Optional<UserAccount> load(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<UserAccountMapper.Row> found = jdbc.sql("SELECT " + ACCOUNT_COLUMNS + ", r.role FROM app_user u"
                + " LEFT JOIN user_role r ON r.username = u.username WHERE u.username = :username")
                .param("username", username)
                .query((rs, n) -> {
                    if (rs.getString("role") != null) {
                        roles.add(Role.valueOf(rs.getString("role")));
                    }
                    return ACCOUNT.mapRow(rs, n);
                }).list();
        // The role set is complete only now that all rows are read.
        return found.stream().findFirst().map(row -> UserAccountMapper.INSTANCE.toAccount(row, roles));
    }

    /** The hash a login is checked against: a two-part one-time password while one is issued and unused. */
    public Optional<String> loginHash(String username, Instant now) {
        return hash(username, now, true);
    }

    /** The hash the owner's current password is checked against when changing it (a used one-time password still counts). */
    public Optional<String> currentHash(String username, Instant now) {
        return hash(username, now, false);
    }

    /** The columns a password is checked against, bound by name. */
    private record StoredHashes(String passwordHash, String oneTimeSecondHash, Instant oneTimeExpiresAt,
            Instant oneTimeUsedAt) {
    }

    private static final Rows<StoredHashes> HASHES = Rows.of(StoredHashes.class);

    private Optional<String> hash(String username, Instant now, boolean forLogin) {
        return jdbc.sql("SELECT password_hash, one_time_second_hash, one_time_expires_at, one_time_used_at FROM app_user"
                + " WHERE username = :username").param("username", username).query(HASHES).optional().map(stored -> {
                    if (stored.oneTimeSecondHash() == null) {
                        return stored.passwordHash();
                    }
                    Instant expires = stored.oneTimeExpiresAt();
                    boolean unused = !forLogin || stored.oneTimeUsedAt() == null;
                    boolean usable = unused && expires != null && expires.isAfter(now);
                    return usable ? PasswordConfiguration.AccountPasswordEncoder.split(stored.passwordHash(),
                            stored.oneTimeSecondHash()) : PasswordConfiguration.AccountPasswordEncoder.NONE;
                });
    }

    public List<UserAccount> findAll() {
        Map<String, Set<Role>> roles = allRoles();
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM app_user u ORDER BY u.department_code, u.username")
                .query(ACCOUNT).list().stream()
                .map(row -> UserAccountMapper.INSTANCE.toAccount(row,
                        roles.getOrDefault(row.username(), EnumSet.noneOf(Role.class))))
                .toList();
    }

    /** Enabled users holding any of the roles, in any of the departments (null = any department). */
    public List<String> usernamesWith(Collection<Role> roles, Collection<String> departments) {
        if (roles.isEmpty()) {
            return List.of();
        }
        String departmentFilter = departments == null ? "" : " AND u.department_code IN (:departments)";
        if (departments != null && departments.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql("SELECT DISTINCT u.username FROM app_user u JOIN user_role r ON r.username = u.username"
                + " WHERE u.enabled = TRUE AND r.role IN (:roles)" + departmentFilter + " ORDER BY u.username")
                .param("roles", roles.stream().map(Role::name).toList());
        if (departments != null) {
            spec = spec.param("departments", departments);
        }
        return spec.query(String.class).list();
    }

    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN (:usernames)")
                .param("usernames", usernames)
                .query(rs -> {
                    names.put(rs.getString("username"), rs.getString("display_name"));
                });
        return names;
    }

    @CacheEvict(cacheNames = ACTORS, allEntries = true)
    public void insert(String username, String displayName, String departmentCode, String passwordHash,
            boolean mustChangePassword, Instant now) {
        jdbc.sql("INSERT INTO app_user (username, display_name, department_code, password_hash, enabled,"
                + " failed_logins, must_change_password, created_at, password_changed_at, version)"
                + " VALUES (:username, :name, :department, :hash, TRUE, 0, :mustChange, :now, :now, 0)")
                .param("username", username).param("name", displayName).param("department", departmentCode)
                .param("hash", passwordHash).param("mustChange", mustChangePassword)
                .param("now", Sql.timestamp(now)).update();
    }

    public void updateEmail(String username, String email) {
        jdbc.sql("UPDATE app_user SET email = :email WHERE username = :username")
                .param("username", username).param("email", email).update();
    }

    @CacheEvict(cacheNames = ACTORS, allEntries = true)
    public boolean updateProfile(String username, String displayName, String departmentCode, boolean enabled, int version) {
        // Disabling an account ends its sessions: the stamp they were opened with no longer matches.
        return jdbc.sql("UPDATE app_user SET display_name = :name, department_code = :department,"
                + " security_stamp = CASE WHEN enabled = TRUE AND :enabled = FALSE THEN security_stamp + 1"
                + " ELSE security_stamp END, enabled = :enabled,"
                + " version = version + 1 WHERE username = :username AND version = :version")
                .param("username", username).param("name", displayName).param("department", departmentCode)
                .param("enabled", enabled).param("version", version).update() == 1;
    }

    public boolean replaceRoles(String username, Set<Role> roles, int version) {
        boolean bumped = jdbc.sql("UPDATE app_user SET version = version + 1 WHERE username = :username AND version = :version")
                .param("username", username).param("version", version).update() == 1;
        if (!bumped) {
            return false;
        }
        jdbc.sql("DELETE FROM user_role WHERE username = :username").param("username", username).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (username, role) VALUES (:username, :role)")
                    .param("username", username).param("role", role.name()).update();
        }
        return true;
    }

    /** A password the owner chose: the one-time password (if any) is gone, the account's other sessions end. */
    public void updatePassword(String username, String hash, Instant now) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, must_change_password = FALSE, password_changed_at = :now,"
                + " one_time_second_hash = NULL, one_time_expires_at = NULL, one_time_used_at = NULL,"
                + " security_stamp = security_stamp + 1, version = version + 1 WHERE username = :username")
                .param("username", username).param("hash", hash).param("now", Sql.timestamp(now)).update();
        jdbc.sql("INSERT INTO password_history (username, password_hash, changed_at) VALUES (:username, :hash, :now)")
                .param("username", username).param("hash", hash).param("now", Sql.timestamp(now)).update();
    }

    /** A one-time password of two parts (hashes), to be changed at its first and only login; sessions end. */
    public void issueOneTimePassword(String username, String firstHash, String secondHash, Instant expires) {
        jdbc.sql("UPDATE app_user SET password_hash = :first, one_time_second_hash = :second, one_time_expires_at = :expires,"
                + " one_time_used_at = NULL, must_change_password = TRUE, failed_logins = 0,"
                + " locked_until = CASE WHEN locked_by IS NULL THEN NULL ELSE locked_until END,"
                + " security_stamp = security_stamp + 1, version = version + 1 WHERE username = :username")
                .param("username", username).param("first", firstHash).param("second", secondHash)
                .param("expires", Sql.timestamp(expires)).update();
    }

    /** A one-time password opens one session only. */
    public void markOneTimePasswordUsed(String username, Instant now) {
        jdbc.sql("UPDATE app_user SET one_time_used_at = :now WHERE username = :username"
                + " AND one_time_second_hash IS NOT NULL AND one_time_used_at IS NULL")
                .param("username", username).param("now", Sql.timestamp(now)).update();
    }

    /** The hashes of the account's last {@code count} passwords, newest first. */
    public List<String> recentPasswordHashes(String username, int count) {
        if (count <= 0) {
            return List.of();
        }
        List<String> hashes = jdbc.sql("SELECT password_hash FROM password_history WHERE username = :username"
                + " ORDER BY changed_at DESC, id DESC").param("username", username).query(String.class).list();
        return hashes.subList(0, Math.min(count, hashes.size()));
    }

    /** Keeps the newest {@code keep} history entries of the account. */
    public void trimPasswordHistory(String username, int keep) {
        List<Long> ids = jdbc.sql("SELECT id FROM password_history WHERE username = :username ORDER BY changed_at DESC, id DESC")
                .param("username", username).query(Long.class).list();
        if (ids.size() > keep) {
            jdbc.sql("DELETE FROM password_history WHERE id IN (:ids)").param("ids", ids.subList(keep, ids.size())).update();
        }
    }

    /** Counts a failed login and locks the account once the limit is reached; returns the new count. */
    public int recordFailure(String username, int limit, Instant lockUntil) {
        jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = :username")
                .param("username", username).update();
        jdbc.sql("UPDATE app_user SET locked_until = :until, failed_logins = 0"
                + " WHERE username = :username AND failed_logins >= :limit")
                .param("username", username).param("limit", limit).param("until", Sql.timestamp(lockUntil)).update();
        return jdbc.sql("SELECT failed_logins FROM app_user WHERE username = :username")
                .param("username", username).query(Integer.class).optional().orElse(0);
    }

    public void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE username = :username AND failed_logins <> 0")
                .param("username", username).update();
    }

    public boolean unlock(String username) {
        return jdbc.sql("UPDATE app_user SET locked_until = NULL, locked_by = NULL, failed_logins = 0, version = version + 1"
                + " WHERE username = :username").param("username", username).update() == 1;
    }

    /** Locked by an administrator: the account's sessions end (its stamp changes). */
    public boolean lock(String username, Instant until, String lockedBy) {
        return jdbc.sql("UPDATE app_user SET locked_until = :until, locked_by = :by, security_stamp = security_stamp + 1,"
                + " version = version + 1 WHERE username = :username")
                .param("username", username).param("until", Sql.timestamp(until)).param("by", lockedBy).update() == 1;
    }

    long countWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM user_role WHERE role = :role").param("role", role.name())
                .query(Long.class).single();
    }

    private Map<String, Set<Role>> allRoles() {
        Map<String, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT username, role FROM user_role").query(rs -> {
            roles.computeIfAbsent(rs.getString("username"), k -> EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(rs.getString("role")));
        });
        return roles;
    }
}
