package cn.scgov.bulletin.incident;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.support.EngineJobs;
import cn.scgov.bulletin.support.TestBulletins;

import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.context.ApplicationContext;

/**
 * Jobs that really fail in the job executor: an issue whose reminder date variable has been damaged, so the
 * reminder (a timer job running the contribution module's reminder) throws when its time comes. The engine
 * retries it and, out of retries, parks it as a dead letter; repairing the variable lets a retry succeed.
 */
final class FailingReminders {

    static final String ACTIVITY = "reminderTimer";

    private final BulletinCatalog catalog;
    private final Directory directory;
    private final IssueService issueService;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final ProcessEngineConfiguration engine;
    final EngineJobs jobs;
    /** How many reminders each broken issue has (one per department), known before any of them failed. */
    private final Map<String, Integer> reminderCounts = new HashMap<>();

    FailingReminders(ApplicationContext context) {
        catalog = context.getBean(BulletinCatalog.class);
        directory = context.getBean(Directory.class);
        issueService = context.getBean(IssueService.class);
        management = context.getBean(ManagementService.class);
        runtime = context.getBean(RuntimeService.class);
        engine = context.getBean(ProcessEngineConfiguration.class);
        jobs = new EngineJobs(management, engine);
    }

    /** Opens an issue of a new small bulletin (the week of {@code monday}) with a damaged reminder date. */
    Issue openBroken(LocalDate monday) {
        var bulletin = catalog.create(user("sysadmin"), "incident-" + System.nanoTime() % 1_000_000, TestBulletins.small());
        LocalDateTime deadline = LocalDateTime.ofInstant(engine.getClock().getCurrentTime().toInstant(),
                ZoneId.of("Asia/Shanghai")).plusDays(7);
        Issue issue = issueService.open(user("editor"), new IssueService.OpenIssue(bulletin.id(), monday, monday.plusDays(4),
                deadline));
        runtime.setVariable(issue.processInstanceId(), IssueProcess.REMINDER_AT, "not a date");
        return issue;
    }

    /** Makes the issue's reminders due; waits until each has failed once and waits for its next attempt. */
    List<Job> failOnce(Issue issue) {
        List<Job> reminders = reminders(issue);
        Date latest = reminders.stream().map(Job::getDuedate).max(Date::compareTo).orElseThrow();
        jobs.setClock(latest.toInstant().plusSeconds(1));
        // The list is the one seen complete: read again, a reminder might be in the executor for its next attempt.
        AtomicReference<List<Job>> failed = new AtomicReference<>(List.of());
        jobs.awaitAllowingDeadLetters(() -> {
            failed.set(failed(issue));
            return failed.get().size() == reminders.size();
        }, "the reminders to fail");
        reminderCounts.put(issue.processInstanceId(), reminders.size());
        return failed.get();
    }

    /**
     * Lets the failed reminders fail their last attempt: they become dead letters. A reminder may be in the executor
     * for another attempt at any moment (then it is no timer job and its retries cannot be set), so this repeats
     * until each of the issue's reminders is a dead letter: last attempt for the failed timers, clock past them.
     */
    List<Job> exhaust(Issue issue) {
        int count = reminderCounts.get(issue.processInstanceId());
        jobs.awaitAllowingDeadLetters(() -> {
            Date now = engine.getClock().getCurrentTime();
            boolean waiting = false;
            for (Job job : failed(issue)) {
                try {
                    management.setTimerJobRetries(job.getId(), 1);
                } catch (FlowableException handedToTheExecutor) {
                    // Taken for another attempt meanwhile: it fails again as a timer and is set on the next round.
                }
                waiting |= !job.getDuedate().before(now);
            }
            if (waiting) {
                jobs.moveClockBy(java.time.Duration.ofSeconds(5));
            }
            return deadLetters(issue).size() == count;
        }, "the reminders to become dead letters");
        return deadLetters(issue);
    }

    /** The operator fixes the cause. */
    void repair(Issue issue) {
        runtime.setVariable(issue.processInstanceId(), IssueProcess.REMINDER_AT, Date.from(issue.deadline().minusSeconds(3600)));
    }

    /** After a test that failed half-way: no dead letter of its own stays behind for later tests' waits. */
    void cleanUp() {
        management.createDeadLetterJobQuery().elementId(ACTIVITY).list()
                .forEach(job -> management.deleteDeadLetterJob(job.getId()));
        // Reminders of a broken issue still waiting for another attempt would fail again under the next test.
        management.createTimerJobQuery().elementId(ACTIVITY).withException().list()
                .forEach(job -> management.deleteTimerJob(job.getId()));
        management.createJobQuery().elementId(ACTIVITY).withException().list().forEach(job -> {
            try {
                management.deleteJob(job.getId());
            } catch (org.flowable.common.engine.api.FlowableException running) {
                // Locked by the executor right now: it fails again and is a timer or dead letter for the next clean-up.
            }
        });
    }

    List<Job> deadLetters(Issue issue) {
        return management.createDeadLetterJobQuery().processInstanceId(issue.processInstanceId()).elementId(ACTIVITY).list();
    }

    private List<Job> failed(Issue issue) {
        return management.createTimerJobQuery().processInstanceId(issue.processInstanceId()).elementId(ACTIVITY)
                .withException().list();
    }

    private List<Job> reminders(Issue issue) {
        List<Job> reminders = management.createTimerJobQuery().processInstanceId(issue.processInstanceId())
                .elementId(ACTIVITY).list();
        if (reminders.isEmpty()) {
            throw new AssertionError("the issue has no reminder timer");
        }
        return reminders;
    }

    private CurrentUser user(String username) {
        return directory.currentUser(username).orElseThrow();
    }
}
