package cn.scgov.bulletin.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The caller of a request, resolved fresh from the directory: who they are, which department they
 * act for and what they may do. Services take it as their first argument and check it.
 */
public record CurrentUser(String username, String displayName, String departmentCode, String departmentName,
        Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user holds any role of a group, such as {@link Role#OFFICE}. */
    public boolean hasAnyOf(java.util.Collection<Role> group) {
        return group.stream().anyMatch(roles::contains);
    }

    public boolean submitterOf(String department) {
        return has(Role.SUBMITTER) && department != null && department.equals(departmentCode);
    }

    /** The Flowable candidate groups this user belongs to. */
    public List<String> candidateGroups() {
        List<String> groups = new ArrayList<>();
        for (Role role : roles) {
            if (role == Role.SUBMITTER) {
                if (departmentCode != null) {
                    groups.add(Role.submitterGroup(departmentCode));
                }
            } else if (!role.administrative() && role != Role.RECIPIENT) {
                groups.add(role.group());
            }
        }
        return groups;
    }
}
