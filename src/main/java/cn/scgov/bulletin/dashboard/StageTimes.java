package cn.scgov.bulletin.dashboard;

import cn.scgov.bulletin.dashboard.internal.TimelinessRepository;
import cn.scgov.bulletin.dashboard.internal.TimelinessRepository.StageTask;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;

import org.flowable.engine.HistoryService;
import org.springframework.stereotype.Component;

/** Where an issue's time went, read from the engine's history of its process (see {@link TimelinessReport.Stages}). */
@Component
class StageTimes {

    /** The stages and the moment the issue was distributed (null before). */
    record Result(TimelinessReport.Stages stages, Instant distributedAt) {
    }

    private static final String DISTRIBUTE_ACTIVITY = "distributeIssue";

    private final HistoryService history;
    private final TimelinessRepository rows;

    StageTimes(HistoryService history, TimelinessRepository rows) {
        this.history = history;
        this.rows = rows;
    }

    /**
     * The stages of each issue (by id), read with two engine queries for all of them: one query per issue for its
     * tasks and one for its distribution made the year's dashboard cost about a hundred queries.
     */
    Map<Long, Result> of(List<Issue> issues, Map<Long, TimelinessRepository.DeliveryRow> deliveries) {
        Set<String> processes = issues.stream().map(Issue::processInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, List<StageTask>> tasks = rows.stageTasks(processes,
                        List.of(IssueProcess.COMPILE_TASK, IssueProcess.DRAFT_TASK)).stream()
                .collect(Collectors.groupingBy(StageTask::processInstanceId));
        Map<String, Instant> distributed = new HashMap<>();
        if (!processes.isEmpty()) {
            history.createHistoricActivityInstanceQuery().processInstanceIds(processes).activityId(DISTRIBUTE_ACTIVITY)
                    .list().stream().filter(activity -> activity.getEndTime() != null)
                    .forEach(activity -> distributed.merge(activity.getProcessInstanceId(),
                            activity.getEndTime().toInstant(), (a, b) -> a.isBefore(b) ? a : b));
        }
        Map<Long, Result> results = new HashMap<>();
        for (Issue issue : issues) {
            String process = issue.processInstanceId();
            results.put(issue.id(), process == null ? new Result(new TimelinessReport.Stages(null, null, null, null, null), null)
                    : of(issue, tasks.getOrDefault(process, List.of()), distributed.get(process), deliveries.get(issue.id())));
        }
        return results;
    }

    private static Result of(Issue issue, List<StageTask> tasks, Instant distributeEnded,
            TimelinessRepository.DeliveryRow deliveries) {
        Instant compileStart = tasks.stream().filter(task -> IssueProcess.COMPILE_TASK.equals(task.step()))
                .map(StageTask::createdAt).min(Comparator.naturalOrder()).orElse(null);
        Long drafting = null;
        Long review = null;
        Long compile = null;
        if (compileStart != null) {
            Instant lastDraftEnd = tasks.stream()
                    .filter(task -> IssueProcess.DRAFT_TASK.equals(task.step()) && task.endedAt() != null)
                    .map(StageTask::endedAt).filter(end -> !end.isAfter(compileStart))
                    .max(Comparator.naturalOrder()).orElse(compileStart);
            drafting = seconds(issue.openedAt(), lastDraftEnd);
            review = seconds(lastDraftEnd, compileStart);
            List<StageTask> compiles = tasks.stream()
                    .filter(task -> IssueProcess.COMPILE_TASK.equals(task.step())).toList();
            if (compiles.stream().allMatch(task -> task.endedAt() != null)) {
                compile = compiles.stream().mapToLong(task -> seconds(task.createdAt(), task.endedAt())).sum();
            }
        }
        Instant distributedAt = distributeEnded == null && deliveries != null ? deliveries.firstDeliveredAt() : distributeEnded;
        Long signoff = null;
        Long acknowledgement = null;
        if (distributedAt != null && compileStart != null && compile != null) {
            signoff = Math.max(0, seconds(compileStart, distributedAt) - compile);
            if (deliveries != null && deliveries.recipients() > 0 && deliveries.acknowledged() == deliveries.recipients()) {
                acknowledgement = seconds(distributedAt, deliveries.lastAcknowledgedAt());
            } else if (deliveries == null || deliveries.recipients() == 0) {
                acknowledgement = 0L;
            }
        }
        return new Result(new TimelinessReport.Stages(drafting, review, compile, signoff, acknowledgement), distributedAt);
    }

    /** Whole seconds from one moment to a later one; never negative (times of one second may be rounded apart). */
    static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }
}
