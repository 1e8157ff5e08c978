/**
 * Notices: in-app messages with an unread count — a new issue to contribute to, reminders and
 * urges, returned drafts, overdue flags, returned issues, issues to acknowledge.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notice",
        allowedDependencies = {"contribution", "directory", "discussion", "inbox", "issue", "shared", "signoff"})
package cn.scgov.bulletin.notice;
