package cn.scgov.bulletin.bulletin;

import cn.scgov.bulletin.directory.CurrentUser;

/**
 * Who may read a bulletin's figures (the opening year-to-date figures): decided by the one read policy
 * of issues ({@code issue.IssueAccess}), which implements this so the bulletin module need not know it.
 */
public interface FiguresReadPolicy {

    /** 403 unless the user may read business figures. */
    void requireFiguresReader(CurrentUser user);
}
