/**
 * Archive search: free text over the compiled items of distributed issues (all sections), narrowed by
 * bulletin, department and period, each hit with its issue, section, department and a highlighted
 * snippet; only issues the caller may read ({@code issue.IssueAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive",
        allowedDependencies = {"directory", "issue", "shared"})
package cn.scgov.bulletin.archive;
