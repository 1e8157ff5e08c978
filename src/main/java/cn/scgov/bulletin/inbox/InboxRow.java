package cn.scgov.bulletin.inbox;

import java.time.Instant;

/** One task in an inbox list. */
public record InboxRow(String taskId, String name, String step, Long issueId, String issueLine, String bulletinTitle,
        String departmentCode, String departmentName, Instant createdAt, Instant dueAt, boolean overdue,
        String assignee, String assigneeName, String owner, Instant endedAt, String decision) {
}
