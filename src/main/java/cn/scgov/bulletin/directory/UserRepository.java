package cn.scgov.bulletin.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Repository
class UserRepository {

    private final JdbcClient jdbc;
    /**
     * Accounts as last read outside a transaction, since every request reads its caller's. Accounts change
     * only through this repository, which empties the cache on every write and again when that
     * transaction ends; the generation keeps a read that raced a write from being cached.
     */
    private final Map<String, UserAccount> accounts = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> find(String username) {
        UserAccount cached = accounts.get(username);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before = generation.get();
        Optional<UserAccount> found = load(username);
        if (found.isPresent() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            synchronized (accounts) {
                if (generation.get() == before) {
                    accounts.put(username, found.get());
                }
            }
        }
        return found;
    }

    private void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        synchronized (accounts) {
            generation.incrementAndGet();
            accounts.clear();
        }
    }

    /** One query: the account with its roles (one row per role). */
    private Optional<UserAccount> load(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<UserAccount> found = jdbc.sql("SELECT u.*, r.role FROM app_user u LEFT JOIN user_role r"
                + " ON r.username = u.username WHERE u.username = :username").param("username", username)
                .query((rs, n) -> {
                    if (rs.getString("role") != null) {
                        roles.add(Role.valueOf(rs.getString("role")));
                    }
                    return new UserAccount(rs.getString("username"), rs.getString("display_name"),
                            rs.getString("department_code"), roles, rs.getBoolean("enabled"), rs.getInt("failed_logins"),
                            Sql.instant(rs, "locked_until"), rs.getBoolean("must_change_password"), rs.getInt("version"),
                            rs.getString("email"));
                }).list();
        // Every row shares the one role set, complete only now that all rows are read.
        return found.stream().findFirst().map(account -> new UserAccount(account.username(), account.displayName(),
                account.departmentCode(), roles, account.enabled(), account.failedLogins(), account.lockedUntil(),
                account.mustChangePassword(), account.version(), account.email()));
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :username")
                .param("username", username).query(String.class).optional();
    }

    List<UserAccount> findAll() {
        Map<String, Set<Role>> roles = allRoles();
        return jdbc.sql("SELECT * FROM app_user ORDER BY department_code, username")
                .query((rs, n) -> new UserAccount(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("department_code"),
                        roles.getOrDefault(rs.getString("username"), EnumSet.noneOf(Role.class)),
                        rs.getBoolean("enabled"), rs.getInt("failed_logins"), Sql.instant(rs, "locked_until"),
                        rs.getBoolean("must_change_password"), rs.getInt("version"), rs.getString("email")))
                .list();
    }

    /** Enabled users holding any of the roles, in any of the departments (null = any department). */
    List<String> usernamesWith(Collection<Role> roles, Collection<String> departments) {
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

    Map<String, String> displayNames(Collection<String> usernames) {
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

    void insert(String username, String displayName, String departmentCode, String passwordHash,
            boolean mustChangePassword, Instant now) {
        changed();
        jdbc.sql("INSERT INTO app_user (username, display_name, department_code, password_hash, enabled,"
                + " failed_logins, must_change_password, created_at, version)"
                + " VALUES (:username, :name, :department, :hash, TRUE, 0, :mustChange, :now, 0)")
                .param("username", username).param("name", displayName).param("department", departmentCode)
                .param("hash", passwordHash).param("mustChange", mustChangePassword)
                .param("now", Sql.timestamp(now)).update();
    }

    void updateEmail(String username, String email) {
        changed();
        jdbc.sql("UPDATE app_user SET email = :email WHERE username = :username")
                .param("username", username).param("email", email).update();
    }

    boolean updateProfile(String username, String displayName, String departmentCode, boolean enabled, int version) {
        changed();
        return jdbc.sql("UPDATE app_user SET display_name = :name, department_code = :department, enabled = :enabled,"
                + " version = version + 1 WHERE username = :username AND version = :version")
                .param("username", username).param("name", displayName).param("department", departmentCode)
                .param("enabled", enabled).param("version", version).update() == 1;
    }

    boolean replaceRoles(String username, Set<Role> roles, int version) {
        changed();
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

    void updatePassword(String username, String hash, boolean mustChange) {
        changed();
        jdbc.sql("UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange,"
                + " version = version + 1 WHERE username = :username")
                .param("username", username).param("hash", hash).param("mustChange", mustChange).update();
    }

    /** Counts a failed login and locks the account once the limit is reached; returns the new count. */
    int recordFailure(String username, int limit, Instant lockUntil) {
        changed();
        jdbc.sql("UPDATE app_user SET failed_logins = failed_logins + 1 WHERE username = :username")
                .param("username", username).update();
        jdbc.sql("UPDATE app_user SET locked_until = :until, failed_logins = 0"
                + " WHERE username = :username AND failed_logins >= :limit")
                .param("username", username).param("limit", limit).param("until", Sql.timestamp(lockUntil)).update();
        return jdbc.sql("SELECT failed_logins FROM app_user WHERE username = :username")
                .param("username", username).query(Integer.class).optional().orElse(0);
    }

    void recordSuccess(String username) {
        changed();
        jdbc.sql("UPDATE app_user SET failed_logins = 0 WHERE username = :username AND failed_logins <> 0")
                .param("username", username).update();
    }

    boolean unlock(String username) {
        changed();
        return jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_logins = 0, version = version + 1"
                + " WHERE username = :username").param("username", username).update() == 1;
    }

    boolean lock(String username, Instant until) {
        changed();
        return jdbc.sql("UPDATE app_user SET locked_until = :until, version = version + 1 WHERE username = :username")
                .param("username", username).param("until", Sql.timestamp(until)).update() == 1;
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
