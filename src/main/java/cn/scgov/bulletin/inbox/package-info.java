/**
 * Inbox: every user's tasks from the engine (mine, my groups' unclaimed, completed, overdue), the
 * task operations of a Chinese approval inbox (claim, unclaim, transfer, delegate) and
 * {@link cn.scgov.bulletin.inbox.TaskGate}, through which every feature completes its tasks with the
 * same eligibility, claiming and conflict rules; copies (抄送) of issues in progress with read tracking
 * ({@link cn.scgov.bulletin.inbox.IssueCopies}, the 抄送我的 tab).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox",
        allowedDependencies = {"directory", "issue", "shared"})
package cn.scgov.bulletin.inbox;
