package cn.scgov.bulletin.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.RetryingTransactionTemplate;

import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.query.Query;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's failed jobs for the system administrator: dead letters, jobs waiting for their next attempt
 * and jobs queued to run again, each with its issue and error; retrying one or all of them, logged.
 */
@Service
public class Incidents {

    /** Fresh attempts a retried job gets, as at a restart (shared.DeadLetterRecovery). */
    static final int RETRIES = 3;
    private static final int RETRY_ALL_LIMIT = 1000;

    private final ManagementService management;
    private final Issues issues;
    private final RetryingTransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Incidents(ManagementService management, Issues issues, RetryingTransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.management = management;
        this.issues = issues;
        this.transactions = transactions;
        this.events = events;
    }

    /** Dead letters first, then failed jobs waiting for their next attempt, then queued ones; newest first in each. */
    public PageResult<Incident> list(CurrentUser actor, PageRequest page) {
        require(actor);
        long total = 0;
        long skip = page.offset();
        List<Job> jobs = new ArrayList<>();
        List<Incident.State> states = new ArrayList<>();
        for (Incident.State state : Incident.State.values()) {
            Query<?, Job> query = query(state);
            long count = query.count();
            total += count;
            int wanted = page.size() - jobs.size();
            if (wanted > 0 && skip < count) {
                List<Job> part = query(state).listPage((int) skip, wanted);
                jobs.addAll(part);
                part.forEach(job -> states.add(state));
            }
            skip = Math.max(0, skip - count);
        }
        Map<String, Issue> byInstance = issuesOf(jobs);
        List<Incident> items = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            items.add(incident(jobs.get(i), states.get(i), byInstance.get(jobs.get(i).getProcessInstanceId())));
        }
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The full stack trace of a failed job's last error. */
    public String stacktrace(CurrentUser actor, String jobId) {
        require(actor);
        if (exists(management.createDeadLetterJobQuery().jobId(jobId))) {
            return orEmpty(management.getDeadLetterJobExceptionStacktrace(jobId));
        }
        if (exists(management.createTimerJobQuery().jobId(jobId))) {
            return orEmpty(management.getTimerJobExceptionStacktrace(jobId));
        }
        if (exists(management.createJobQuery().jobId(jobId))) {
            return orEmpty(management.getJobExceptionStacktrace(jobId));
        }
        throw notFound(jobId);
    }

    /**
     * Gives a dead letter or a failed job fresh retries; the job executor runs it soon. 404 for a job that does
     * not exist (or ran meanwhile), 409 for one that is no longer failed or dead (someone else retried it).
     */
    @Transactional
    @RetryOnCollision
    public Incident.RetryResult retry(CurrentUser actor, String jobId) {
        require(actor);
        return retryOne(actor, jobId, "");
    }

    /** Retries every dead letter and failed job, each on its own; answers what happened to each. */
    public List<Incident.RetryResult> retryAll(CurrentUser actor) {
        require(actor);
        List<String> ids = new ArrayList<>();
        management.createDeadLetterJobQuery().orderByJobCreateTime().asc().listPage(0, RETRY_ALL_LIMIT)
                .forEach(job -> ids.add(job.getId()));
        management.createTimerJobQuery().withException().orderByJobCreateTime().asc()
                .listPage(0, RETRY_ALL_LIMIT).forEach(job -> ids.add(job.getId()));
        List<Incident.RetryResult> results = new ArrayList<>();
        for (String id : ids) {
            try {
                results.add(transactions.write(() -> retryOne(actor, id, "全部重试：")));
            } catch (NotFoundException e) {
                results.add(new Incident.RetryResult(id, null, null, "NOT_FOUND", e.getMessage()));
            } catch (ConflictException e) {
                results.add(new Incident.RetryResult(id, null, null, "CONFLICT", e.getMessage()));
            }
        }
        long retried = results.stream().filter(r -> r.outcome().equals("RETRIED")).count();
        transactions.run(() -> events.publishEvent(ProcessLogged.of(IncidentAction.ALL_JOBS_RETRIED, actor.username(),
                "共 " + results.size() + " 个失败作业，已重试 " + retried + " 个")));
        return results;
    }

    private Incident.RetryResult retryOne(CurrentUser actor, String jobId, String detailPrefix) {
        Job dead = management.createDeadLetterJobQuery().jobId(jobId).singleResult();
        Job failed = dead != null ? null : management.createTimerJobQuery().jobId(jobId).withException().singleResult();
        Job job = dead != null ? dead : failed;
        if (job == null) {
            boolean waiting = exists(management.createTimerJobQuery().jobId(jobId))
                    || exists(management.createJobQuery().jobId(jobId));
            if (waiting) {
                throw new ConflictException("作业 " + jobId + " 已不再失败（可能已由他人重试），请刷新后查看");
            }
            throw notFound(jobId);
        }
        try {
            if (dead != null) {
                management.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
            } else {
                management.setTimerJobRetries(jobId, RETRIES);
            }
        } catch (FlowableObjectNotFoundException e) {
            throw new ConflictException("作业 " + jobId + " 已由他人同时处理，请刷新后查看");
        }
        Long issueId = issues.byProcessInstance(job.getProcessInstanceId()).map(Issue::id).orElse(null);
        events.publishEvent(ProcessLogged.onIssue(IncidentAction.JOB_RETRIED, actor.username(), issueId,
                detailPrefix + "作业 " + jobId + "（" + activity(job) + "）" + (dead != null ? "，原为死信" : "")
                        + "：" + orEmpty(job.getExceptionMessage())));
        return new Incident.RetryResult(jobId, job.getElementId(), issueId, "RETRIED", "已重试");
    }

    private Query<?, Job> query(Incident.State state) {
        return switch (state) {
            case DEAD_LETTER -> management.createDeadLetterJobQuery().orderByJobCreateTime().desc().orderByJobId().asc();
            case FAILED -> management.createTimerJobQuery().withException().orderByJobCreateTime().desc()
                    .orderByJobId().asc();
            case QUEUED -> management.createJobQuery().withException().orderByJobCreateTime().desc().orderByJobId().asc();
        };
    }

    private Map<String, Issue> issuesOf(List<Job> jobs) {
        List<String> instances = jobs.stream().map(Job::getProcessInstanceId).filter(id -> id != null).distinct().toList();
        if (instances.isEmpty()) {
            return Map.of();
        }
        return issues.byProcessInstances(instances).stream()
                .collect(Collectors.toMap(Issue::processInstanceId, Function.identity(), (a, b) -> a));
    }

    private static Incident incident(Job job, Incident.State state, Issue issue) {
        String definition = job.getProcessDefinitionId();
        String process = definition == null ? null : definition.split(":")[0];
        return new Incident(job.getId(), state, job.getJobType(), job.getProcessInstanceId(), process,
                issue == null ? null : issue.id(), issue == null ? null : issue.title(),
                issue == null ? null : issue.periodStart(), issue == null ? null : issue.periodEnd(), job.getElementId(),
                job.getElementName(), job.getRetries(), instant(job.getDuedate()), instant(job.getCreateTime()),
                job.getExceptionMessage());
    }

    private static String activity(Job job) {
        return job.getElementName() == null ? String.valueOf(job.getElementId())
                : job.getElementName() + " " + job.getElementId();
    }

    private static boolean exists(Query<?, ?> query) {
        return query.count() > 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static NotFoundException notFound(String jobId) {
        return new NotFoundException("作业不存在或已执行完毕：" + jobId);
    }

    private static void require(CurrentUser actor) {
        if (!actor.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可查看和重试失败作业");
        }
    }
}
