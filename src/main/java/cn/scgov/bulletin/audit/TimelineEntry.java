package cn.scgov.bulletin.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One step of an issue's timeline from the engine's history: a user task (with actor, decision,
 * opinions and how long it took) or an automatic step. {@code endedAt} is null for a step in progress.
 * {@code frozenHashes} (format → SHA-256) is set on the 编号定稿 step once the files are frozen.
 */
public record TimelineEntry(String stepId, String step, String kind, Instant startedAt, Instant endedAt,
        Long durationMillis, String actor, String actorName, String departmentCode, String departmentName,
        String decision, String decisionLabel, List<String> opinions, String note, Map<String, String> frozenHashes) {

    TimelineEntry(String stepId, String step, String kind, Instant startedAt, Instant endedAt, Long durationMillis,
            String actor, String actorName, String departmentCode, String departmentName, String decision,
            String decisionLabel, List<String> opinions, String note) {
        this(stepId, step, kind, startedAt, endedAt, durationMillis, actor, actorName, departmentCode, departmentName,
                decision, decisionLabel, opinions, note, Map.of());
    }
}
