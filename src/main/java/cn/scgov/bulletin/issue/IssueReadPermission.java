package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.directory.CurrentUser;

/**
 * Lets another module grant read access to an issue for reasons the issue module does not know
 * (e.g. distribution: a recipient may read an issue delivered to them).
 */
public interface IssueReadPermission {

    boolean canRead(CurrentUser user, Issue issue);
}
