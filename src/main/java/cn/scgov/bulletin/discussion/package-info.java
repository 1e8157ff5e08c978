/**
 * Discussion threads (讨论): one per contribution and one per issue in sign-off. Who reads and posts is
 * who may read the contribution or the sign-off ({@code issue.IssueAccess}); an {@code @username} tells
 * the person named, who must be able to read the thread. Comments are never edited or deleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Discussion",
        allowedDependencies = {"contribution", "directory", "issue", "shared"})
package cn.scgov.bulletin.discussion;
