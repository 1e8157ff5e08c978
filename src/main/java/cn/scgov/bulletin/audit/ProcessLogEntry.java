package cn.scgov.bulletin.audit;

import java.time.Instant;

/** One line of the process log. */
public record ProcessLogEntry(long id, Instant occurredAt, String actor, String actorName, String actorDepartment,
        String action, String actionLabel, Long issueId, String departmentCode, String taskId, String decision,
        String opinion, String detail) {
}
