package cn.scgov.bulletin.signoff;

import cn.scgov.bulletin.directory.Role;

/** One step of an issue's sign-off chain; {@code assignee} is set for a signer someone added. */
public record SignoffStep(int position, String name, Role role, String assignee, String addedBy) {

    public String group() {
        return role.group();
    }
}
