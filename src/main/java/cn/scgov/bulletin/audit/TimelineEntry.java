package cn.scgov.bulletin.audit;

import java.time.Instant;
import java.util.List;

/**
 * One step of an issue's timeline from the engine's history: a user task (with actor, decision,
 * opinions and how long it took) or an automatic step. {@code endedAt} is null for a step in progress.
 */
public record TimelineEntry(String stepId, String step, String kind, Instant startedAt, Instant endedAt,
        Long durationMillis, String actor, String actorName, String departmentCode, String departmentName,
        String decision, String decisionLabel, List<String> opinions, String note) {
}
