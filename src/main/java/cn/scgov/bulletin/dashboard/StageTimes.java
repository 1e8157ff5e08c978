package cn.scgov.bulletin.dashboard;

import cn.scgov.bulletin.dashboard.internal.TimelinessRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;

import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** Where an issue's time went, read from the engine's history of its process (see {@link TimelinessReport.Stages}). */
@Component
class StageTimes {

    /** The stages and the moment the issue was distributed (null before). */
    record Result(TimelinessReport.Stages stages, Instant distributedAt) {
    }

    private static final String DISTRIBUTE_ACTIVITY = "distributeIssue";

    private final HistoryService history;

    StageTimes(HistoryService history) {
        this.history = history;
    }

    Result of(Issue issue, TimelinessRepository.DeliveryRow deliveries) {
        if (issue.processInstanceId() == null) {
            return new Result(new TimelinessReport.Stages(null, null, null, null, null), null);
        }
        List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery()
                .processInstanceId(issue.processInstanceId()).list();
        Instant compileStart = tasks.stream().filter(task -> IssueProcess.COMPILE_TASK.equals(task.getTaskDefinitionKey()))
                .map(task -> task.getCreateTime().toInstant()).min(Comparator.naturalOrder()).orElse(null);
        Long drafting = null;
        Long review = null;
        Long compile = null;
        if (compileStart != null) {
            Instant lastDraftEnd = tasks.stream()
                    .filter(task -> IssueProcess.DRAFT_TASK.equals(task.getTaskDefinitionKey()) && task.getEndTime() != null)
                    .map(task -> task.getEndTime().toInstant()).filter(end -> !end.isAfter(compileStart))
                    .max(Comparator.naturalOrder()).orElse(compileStart);
            drafting = seconds(issue.openedAt(), lastDraftEnd);
            review = seconds(lastDraftEnd, compileStart);
            List<HistoricTaskInstance> compiles = tasks.stream()
                    .filter(task -> IssueProcess.COMPILE_TASK.equals(task.getTaskDefinitionKey())).toList();
            if (compiles.stream().allMatch(task -> task.getEndTime() != null)) {
                compile = compiles.stream().mapToLong(task -> seconds(task.getCreateTime().toInstant(),
                        task.getEndTime().toInstant())).sum();
            }
        }
        Instant distributedAt = distributedAt(issue, deliveries);
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

    private Instant distributedAt(Issue issue, TimelinessRepository.DeliveryRow deliveries) {
        Instant ended = history.createHistoricActivityInstanceQuery().processInstanceId(issue.processInstanceId())
                .activityId(DISTRIBUTE_ACTIVITY).list().stream().map(HistoricActivityInstance::getEndTime)
                .filter(Objects::nonNull).map(java.util.Date::toInstant).min(Comparator.naturalOrder()).orElse(null);
        if (ended == null && deliveries != null) {
            return deliveries.firstDeliveredAt();
        }
        return ended;
    }

    /** Whole seconds from one moment to a later one; never negative (times of one second may be rounded apart). */
    static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }
}
