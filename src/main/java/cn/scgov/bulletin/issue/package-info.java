/**
 * Issues: opening an issue of a bulletin for a period (its outline copied from the bulletin), the
 * issue's process in Flowable, its status, numbering on sign-off (gapless per bulletin),
 * closing collection early and cancelling. Other modules read issues through
 * {@link cn.scgov.bulletin.issue.Issues} and check callers with {@link cn.scgov.bulletin.issue.IssueAccess}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Issue",
        allowedDependencies = {"bulletin", "calendar", "directory", "shared"})
package cn.scgov.bulletin.issue;
