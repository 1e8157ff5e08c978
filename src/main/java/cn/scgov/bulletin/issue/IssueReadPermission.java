package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.directory.CurrentUser;

/**
 * Lets another module grant read access to an issue for reasons the issue module does not know
 * (e.g. distribution: a recipient may read an issue delivered to them; the inbox: a person an issue
 * was copied to (抄送) may read its compiled text, draft documents and sign-off chain).
 */
public interface IssueReadPermission {

    boolean canRead(CurrentUser user, Issue issue);

    /** A part beyond the issue itself; only the issue unless the permission says more. */
    default boolean canRead(CurrentUser user, Issue issue, IssueAccess.Part part) {
        return part == IssueAccess.Part.ISSUE && canRead(user, issue);
    }
}
