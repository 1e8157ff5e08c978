/**
 * Inbox: every user's tasks from the engine (mine, my groups' unclaimed, completed, overdue), the
 * task operations of a Chinese approval inbox (claim, unclaim, transfer, delegate) and
 * {@link cn.scgov.bulletin.inbox.TaskGate}, through which every feature completes its tasks with the
 * same eligibility, claiming and conflict rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package cn.scgov.bulletin.inbox;
