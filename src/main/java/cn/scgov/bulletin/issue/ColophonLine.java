package cn.scgov.bulletin.issue;

import java.util.List;
import java.util.Set;

import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.directory.Role;

/** One colophon line of an issue and whom it delivers to. */
public record ColophonLine(int position, ColophonKind kind, String text, Set<Role> recipientRoles,
        List<String> recipientDepartments) {
}
