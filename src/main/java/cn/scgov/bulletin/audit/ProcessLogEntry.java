package cn.scgov.bulletin.audit;

import java.time.Instant;

/**
 * One line of the process log: who ({@code actor}), when, what ({@code action}, its subject and detail),
 * how it ended ({@code outcome}: SUCCESS, FAILURE or REFUSED) and from where ({@code sourceAddress}, the
 * client's address; null for steps the system took on its own, such as timers).
 */
public record ProcessLogEntry(long id, Instant occurredAt, String actor, String actorName, String actorDepartment,
        String action, String actionLabel, Long issueId, String departmentCode, String taskId, String decision,
        String opinion, String detail, String outcome, String sourceAddress) {
}
