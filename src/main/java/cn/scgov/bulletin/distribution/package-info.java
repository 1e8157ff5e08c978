/**
 * Distribution: on sign-off the frozen issue is delivered to the recipients its colophon names
 * (报/送/发), each of whom acknowledges receipt (签收); editors see who has.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Distribution",
        allowedDependencies = {"bulletin", "directory", "inbox", "issue", "shared"})
package cn.scgov.bulletin.distribution;
