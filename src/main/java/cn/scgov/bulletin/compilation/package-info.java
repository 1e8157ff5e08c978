/**
 * Compilation: the editor's assembly of the issue. Accepted items arrive from contributions; the
 * editor orders and edits them (the department's original stays), adds items, fills statistics
 * (year-to-date computed from earlier issues of the year) and the hall checklist, then sends the
 * issue to sign-off. {@link cn.scgov.bulletin.compilation.IssueContents} gives the compiled issue to
 * rendering and previews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compilation",
        allowedDependencies = {"attachment", "bulletin", "contribution", "directory", "inbox", "issue", "shared"})
package cn.scgov.bulletin.compilation;
