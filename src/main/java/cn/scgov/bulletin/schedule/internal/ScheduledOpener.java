package cn.scgov.bulletin.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.issue.DeadlineRules;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.schedule.Occurrence;
import cn.scgov.bulletin.schedule.OccurrenceStatus;
import cn.scgov.bulletin.schedule.Schedule;
import cn.scgov.bulletin.schedule.ScheduleAction;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens one planned occurrence, exactly once: the occurrence's row (unique per bulletin and period)
 * is claimed first, in the opening's transaction, so a second attempt — a retried job, another node,
 * a message racing the timer — finds it taken and does nothing.
 */
@Component
public class ScheduledOpener {

    private static final Logger log = LoggerFactory.getLogger(ScheduledOpener.class);

    public enum Outcome {
        OPENED, ALREADY_OPENED, NOT_DUE, FAILED
    }

    private final ScheduleRepository repository;
    private final OccurrenceBook book;
    private final BulletinCatalog catalog;
    private final IssueService issueService;
    private final DeadlineRules deadlines;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    ScheduledOpener(ScheduleRepository repository, OccurrenceBook book, BulletinCatalog catalog, IssueService issueService,
            DeadlineRules deadlines, TimeSource time, ApplicationEventPublisher events) {
        this.repository = repository;
        this.book = book;
        this.catalog = catalog;
        this.issueService = issueService;
        this.deadlines = deadlines;
        this.time = time;
        this.events = events;
    }

    /** Opens the occurrence of this period if it is due now; runs in the caller's transaction. */
    public Outcome openDue(long bulletinId, LocalDate periodStart) {
        Optional<Schedule> found = repository.find(bulletinId);
        if (found.isEmpty() || !found.get().active()) {
            return Outcome.NOT_DUE;
        }
        Schedule schedule = found.get();
        Optional<Occurrence> due = book.find(schedule, periodStart);
        if (due.isEmpty()) {
            return Outcome.NOT_DUE;
        }
        Occurrence occurrence = due.get();
        if (occurrence.status() == OccurrenceStatus.OPENED) {
            return Outcome.ALREADY_OPENED;
        }
        if (!occurrence.status().adjustable() || book.instant(occurrence.opensAt()).isAfter(time.now())) {
            return Outcome.NOT_DUE;
        }
        if (!claim(occurrence)) {
            return Outcome.ALREADY_OPENED;
        }
        Bulletin bulletin = catalog.bulletin(bulletinId);
        if (!bulletin.active()) {
            fail(occurrence, "刊物已停用");
            return Outcome.FAILED;
        }
        LocalDateTime deadline = occurrence.deadline();
        Instant earliest = deadlines.earliestFrom(time.now());
        Workdays workdays = book.workdays(schedule, occurrence.periodStart(), 4);
        if (book.instant(deadline).isBefore(earliest)) {
            // Opened late (the application was down, or an editor moved the opening): departments keep their lead time.
            deadline = DeadlineRules.firstWorkdayAt(workdays, deadline.toLocalDate(), deadline.toLocalTime(), earliest,
                    book.zone());
        }
        LocalDateTime reminder = SchedulePlan.reminder(workdays, deadline, schedule.reminderHours(), schedule.holidayRule());
        Issue issue = issueService.openScheduled(new IssueService.OpenIssue(bulletinId, occurrence.periodStart(),
                occurrence.periodEnd(), deadline, true, book.instant(reminder)));
        repository.setIssue(bulletinId, occurrence.periodStart(), issue.id());
        log.info("Schedule of bulletin {} opened issue {} for {}–{}", bulletinId, issue.id(), occurrence.periodStart(),
                occurrence.periodEnd());
        return Outcome.OPENED;
    }

    private boolean claim(Occurrence occurrence) {
        Instant now = time.now();
        Optional<OccurrenceRow> row = repository.occurrence(occurrence.bulletinId(), occurrence.periodStart());
        if (row.isPresent()) {
            return row.get().status() == OccurrenceRow.Status.MOVED
                    && repository.update(row.get().with(OccurrenceRow.Status.OPENED, null, row.get().reason()),
                            IssueService.SCHEDULE_OPENER, now);
        }
        try {
            repository.insert(new OccurrenceRow(null, occurrence.bulletinId(), occurrence.periodStart(),
                    occurrence.periodEnd(), OccurrenceRow.Status.OPENED, null, null, null, null, 0),
                    IssueService.SCHEDULE_OPENER, now);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private void fail(Occurrence occurrence, String reason) {
        OccurrenceRow row = repository.occurrence(occurrence.bulletinId(), occurrence.periodStart()).orElseThrow();
        repository.update(row.with(OccurrenceRow.Status.FAILED, null, reason), IssueService.SCHEDULE_OPENER, time.now());
        events.publishEvent(ProcessLogged.of(ScheduleAction.SCHEDULED_OPENING_FAILED, null,
                "刊物 #" + occurrence.bulletinId() + " " + occurrence.periodStart() + "—" + occurrence.periodEnd() + "：" + reason));
    }
}
