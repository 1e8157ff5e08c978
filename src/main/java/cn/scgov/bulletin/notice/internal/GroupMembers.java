package cn.scgov.bulletin.notice.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;

import org.springframework.stereotype.Component;

/** Who is in an engine candidate group: {@code submitter:<department>} or a business role's group. */
@Component
class GroupMembers {

    private final Directory directory;

    GroupMembers(Directory directory) {
        this.directory = directory;
    }

    Set<String> of(Collection<String> groups) {
        Set<String> members = new LinkedHashSet<>();
        for (String group : groups) {
            members.addAll(of(group));
        }
        return members;
    }

    List<String> of(String group) {
        String submitterPrefix = Role.submitterGroup("");
        if (group.startsWith(submitterPrefix)) {
            return directory.usernamesWith(List.of(Role.SUBMITTER), List.of(group.substring(submitterPrefix.length())));
        }
        for (Role role : Role.values()) {
            if (!role.administrative() && role.group().equals(group)) {
                return directory.usernamesWith(List.of(role), null);
            }
        }
        return List.of();
    }
}
