package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.directory.DirectoryController;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.directory.UserAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The forms of the users pages, as typed (strings), and how a page shows an account. */
final class UserForms {

    /** Locks set by the security administrator last a century: they hold until someone unlocks. */
    static final Duration INDEFINITE = Duration.ofDays(365L * 50);

    private UserForms() {
    }

    record NewUser(String username, String displayName, String departmentCode, String email) {

        static NewUser empty() {
            return new NewUser("", "", "", "");
        }

        DirectoryController.NewUserRequest request() {
            return new DirectoryController.NewUserRequest(strip(username), strip(displayName), blankToNull(departmentCode),
                    blankToNull(email));
        }
    }

    record Profile(String displayName, String departmentCode, String enabled, String version, String email) {

        static Profile of(UserAccount account) {
            return new Profile(account.displayName(), account.departmentCode() == null ? "" : account.departmentCode(),
                    String.valueOf(account.enabled()), String.valueOf(account.version()),
                    account.email() == null ? "" : account.email());
        }

        public boolean isEnabled() {
            return !"false".equals(enabled);
        }

        DirectoryController.UserProfileRequest request() {
            return new DirectoryController.UserProfileRequest(strip(displayName), blankToNull(departmentCode),
                    isEnabled(), number(version), blankToNull(email));
        }
    }

    record Roles(List<String> roles, String version) {

        /** The roles ticked; anything that is not a role is reported rather than ignored. */
        Set<Role> chosen(Map<String, String> errors) {
            Set<Role> chosen = EnumSet.noneOf(Role.class);
            for (String name : roles == null ? List.<String>of() : roles) {
                try {
                    chosen.add(Role.valueOf(name));
                } catch (IllegalArgumentException e) {
                    errors.put("roles", "未知角色：" + name);
                }
            }
            return chosen;
        }

        public boolean has(Role role) {
            return roles != null && roles.contains(role.name());
        }
    }

    /** One account as a list shows it to either administrator. */
    record UserRow(UserAccount account, String departmentName, boolean locked, boolean lockedIndefinitely,
            Instant lockedUntil) {

        static UserRow of(UserAccount account, Map<String, String> departmentNames, Instant now) {
            boolean locked = account.lockedAt(now);
            return new UserRow(account, departmentNames.get(account.departmentCode()), locked,
                    locked && account.lockedUntil().isAfter(now.plus(INDEFINITE)), locked ? account.lockedUntil() : null);
        }

        public List<Role> sortedRoles() {
            return account.roles().stream().sorted().toList();
        }
    }

    static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
