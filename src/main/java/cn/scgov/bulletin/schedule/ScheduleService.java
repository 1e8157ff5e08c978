package cn.scgov.bulletin.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.DeadlineRules;
import cn.scgov.bulletin.schedule.internal.OccurrenceBook;
import cn.scgov.bulletin.schedule.internal.OccurrenceRow;
import cn.scgov.bulletin.schedule.internal.ScheduleRepository;
import cn.scgov.bulletin.schedule.internal.ScheduleTimer;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulletin schedules and their occurrences: the system administrator sets a bulletin's schedule, the
 * office skips or moves single occurrences, and everyone in the office sees what is coming.
 */
@Service
public class ScheduleService {

    static final int MAX_MONTHLY_DAY = 20;

    private final ScheduleRepository repository;
    private final OccurrenceBook book;
    private final ScheduleTimer timer;
    private final BulletinCatalog catalog;
    private final DeadlineRules deadlines;
    private final ScheduleCommandCheck commands;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    ScheduleService(ScheduleRepository repository, OccurrenceBook book, ScheduleTimer timer, BulletinCatalog catalog,
            DeadlineRules deadlines, TimeSource time, ApplicationEventPublisher events) {
        this.repository = repository;
        this.book = book;
        this.timer = timer;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.commands = new ScheduleCommandCheck(deadlines);
        this.time = time;
        this.events = events;
    }

    /** A schedule as a client sends it; times as {@code HH:mm}. {@code version} is null to create one. */
    public record ScheduleCommand(Boolean active, Cadence cadence, PeriodChoice period, Integer openDay, String openTime,
            Integer deadlineDay, String deadlineTime, Integer reminderHours, ShiftRule holidayRule,
            HolidayWeekRule holidayWeekRule, Integer version, Boolean confirm) {
    }

    /** A bulletin with its schedule (if any) and its coming occurrences. */
    public record BulletinPlan(Bulletin bulletin, Schedule schedule, List<Occurrence> occurrences) {
    }

    public Optional<Schedule> schedule(CurrentUser user, long bulletinId) {
        requireReader(user);
        catalog.bulletin(bulletinId);
        return repository.find(bulletinId);
    }

    @Transactional
    @RetryOnCollision
    public Schedule save(CurrentUser actor, long bulletinId, ScheduleCommand command) {
        if (!actor.has(Role.SYSADMIN)) {
            throw new ForbiddenException("仅系统管理员可设置开设计划");
        }
        Bulletin bulletin = catalog.bulletin(bulletinId);
        Schedule draft = commands.check(bulletin, command);
        Optional<Schedule> current = repository.find(bulletinId);
        Instant now = time.now();
        boolean switchedOn = draft.active() && (current.isEmpty() || !current.get().active());
        Instant activeFrom = switchedOn ? now : current.map(Schedule::activeFrom).orElse(null);
        Schedule schedule = new Schedule(bulletinId, draft.active(), draft.cadence(), draft.period(), draft.openDay(),
                draft.openTime(), draft.deadlineDay(), draft.deadlineTime(), draft.reminderHours(), draft.holidayRule(),
                draft.holidayWeekRule(), draft.deadlineBeforePeriodEndConfirmed(), activeFrom,
                command.version() == null ? 0 : command.version(), actor.username(), now);
        if (current.isEmpty()) {
            if (command.version() != null) {
                throw new ConflictException("该刊物的开设计划已被删除或尚未建立，请刷新后重试");
            }
            repository.insert(schedule, actor.username(), now);
        } else if (command.version() == null) {
            throw new ConflictException("该刊物已有开设计划，请刷新后在其基础上修改");
        } else if (!repository.update(schedule, actor.username(), now)) {
            throw new ConflictException("开设计划已被他人修改，请刷新后重试");
        }
        events.publishEvent(ProcessLogged.of(ScheduleAction.SCHEDULE_CHANGED, actor.username(),
                bulletin.title() + "：" + describe(schedule)));
        timer.reschedule(bulletinId, schedule.active());
        return repository.find(bulletinId).orElseThrow();
    }

    /** The bulletin's occurrences whose opening week (month) starts from {@code from}'s. */
    public List<Occurrence> occurrences(CurrentUser user, long bulletinId, LocalDate from, int count) {
        requireReader(user);
        Schedule schedule = repository.find(bulletinId).orElseThrow(() -> new NotFoundException("该刊物尚未设置开设计划"));
        return book.list(schedule, from, Math.max(1, Math.min(count, 60)));
    }

    /** Every bulletin with what is coming: the office's calendar view. */
    public List<BulletinPlan> board(CurrentUser user, LocalDate from) {
        requireReader(user);
        return catalog.bulletins().stream().filter(Bulletin::active).map(bulletin -> {
            Schedule schedule = repository.find(bulletin.id()).orElse(null);
            List<Occurrence> occurrences = schedule == null ? List.of()
                    : book.list(schedule, schedule.cadence() == Cadence.MONTHLY ? from.minusMonths(1) : from.minusWeeks(2),
                            schedule.cadence() == Cadence.MONTHLY ? 5 : 12);
            return new BulletinPlan(bulletin, schedule, occurrences);
        }).toList();
    }

    public Occurrence occurrence(CurrentUser user, long bulletinId, LocalDate periodStart) {
        requireReader(user);
        Schedule schedule = repository.find(bulletinId).orElseThrow(() -> new NotFoundException("该刊物尚未设置开设计划"));
        return book.find(schedule, periodStart)
                .orElseThrow(() -> new NotFoundException("开设计划中没有以 " + periodStart + " 开始的期次"));
    }

    @Transactional
    @RetryOnCollision
    public Occurrence skip(CurrentUser actor, long bulletinId, LocalDate periodStart, String reason) {
         requireEditor(actor);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            throw InvalidInputException.field("reason", text.isEmpty() ? "请填写跳过的原因" : "原因不超过 500 字");
        }
        return change(actor, bulletinId, periodStart, (occurrence, row) -> {
            if (row.isPresent()) {
                update(row.get().with(OccurrenceRow.Status.SKIPPED, null, text), actor);
            } else {
                repository.insert(new OccurrenceRow(null, bulletinId, periodStart, occurrence.periodEnd(),
                        OccurrenceRow.Status.SKIPPED, null, null, null, text, 0), actor.username(), time.now());
            }
            return ProcessLogged.of(ScheduleAction.OCCURRENCE_SKIPPED, actor.username(),
                    title(bulletinId) + " " + periodStart + "—" + occurrence.periodEnd() + " 不出期：" + text);
        });
    }

    @Transactional
    @RetryOnCollision
    public Occurrence move(CurrentUser actor, long bulletinId, LocalDate periodStart, LocalDateTime opensAt,
            LocalDateTime deadline, boolean confirm) {
         requireEditor(actor);
        Instant opening = book.instant(opensAt);
        Instant due = book.instant(deadline);
        if (opening.isBefore(time.now().minusSeconds(60))) {
            throw InvalidInputException.field("opensAt", "开设时间不能早于当前时间");
        }
        deadlines.checkLeadTime(due, opening.isAfter(time.now()) ? opening : time.now(), "deadline");
        return change(actor, bulletinId, periodStart, (occurrence, row) -> {
            deadlines.checkPeriodEnd(due, occurrence.periodEnd(), confirm);
            if (row.isPresent()) {
                update(new OccurrenceRow(row.get().id(), bulletinId, periodStart, occurrence.periodEnd(),
                        OccurrenceRow.Status.MOVED, opening, due, null, row.get().reason(), row.get().version()), actor);
            } else {
                repository.insert(new OccurrenceRow(null, bulletinId, periodStart, occurrence.periodEnd(),
                        OccurrenceRow.Status.MOVED, opening, due, null, null, 0), actor.username(), time.now());
            }
            return ProcessLogged.of(ScheduleAction.OCCURRENCE_MOVED, actor.username(), title(bulletinId) + " " + periodStart
                    + "—" + occurrence.periodEnd() + "：开设 " + opensAt + "，截止 " + deadline);
        });
    }

    /** Undoes the office's skip or move (or a failed opening): the occurrence follows the schedule again. */
    @Transactional
    @RetryOnCollision
    public Occurrence restore(CurrentUser actor, long bulletinId, LocalDate periodStart) {
        requireEditor(actor);
        Schedule schedule = repository.find(bulletinId).orElseThrow(() -> new NotFoundException("该刊物尚未设置开设计划"));
        OccurrenceRow row = repository.occurrence(bulletinId, periodStart)
                .orElseThrow(() -> new ConflictException("该期次没有可撤销的调整"));
        if (row.status() == OccurrenceRow.Status.OPENED) {
            throw new ConflictException("该期次已开设，不能撤销");
        }
        if (!repository.delete(row.id(), row.version())) {
            throw new ConflictException("该期次已被他人修改，请刷新后重试");
        }
        events.publishEvent(ProcessLogged.of(ScheduleAction.OCCURRENCE_RESTORED, actor.username(),
                title(bulletinId) + " " + periodStart + " 恢复按计划开设"));
        timer.reschedule(bulletinId, schedule.active());
        return book.find(schedule, periodStart).orElseThrow();
    }

    private interface Change {
        ProcessLogged apply(Occurrence occurrence, Optional<OccurrenceRow> row);
    }

    private Occurrence change(CurrentUser actor, long bulletinId, LocalDate periodStart, Change change) {
        Schedule schedule = repository.find(bulletinId).orElseThrow(() -> new NotFoundException("该刊物尚未设置开设计划"));
        Occurrence occurrence = book.find(schedule, periodStart)
                .orElseThrow(() -> new NotFoundException("开设计划中没有以 " + periodStart + " 开始的期次"));
        if (!occurrence.status().adjustable()) {
            throw new ConflictException("该期次" + occurrence.status().label() + "，不能再跳过或调整");
        }
        events.publishEvent(change.apply(occurrence, repository.occurrence(bulletinId, periodStart)));
        timer.reschedule(bulletinId, schedule.active());
        return book.find(schedule, periodStart).orElseThrow();
    }

    private void update(OccurrenceRow row, CurrentUser actor) {
        if (!repository.update(row, actor.username(), time.now())) {
            throw new ConflictException("该期次已被他人修改，请刷新后重试");
        }
    }

    /** The schedule in one sentence, as the office reads it. */
    public static String describe(Schedule s) {
        String days = s.cadence() == Cadence.MONTHLY
                ? "每月第 " + s.openDay() + " 个工作日 " + s.openTime() + " 开设，第 " + s.deadlineDay() + " 个工作日 " + s.deadlineTime() + " 截止"
                : "每周" + weekday(s.openDay()) + " " + s.openTime() + " 开设，" + weekday(s.deadlineDay()) + " " + s.deadlineTime() + " 截止";
        return (s.active() ? "自动开设" : "暂停自动开设") + "，" + days + "，统计" + s.period().label() + "，截止前 "
                + s.reminderHours() + " 小时提醒，遇节假日" + s.holidayRule().label() + "，全周放假" + s.holidayWeekRule().label();
    }

    public static String weekday(int day) {
        return "周" + "一二三四五六日".charAt(day - 1);
    }

    private String title(long bulletinId) {
        return catalog.bulletin(bulletinId).title();
    }

    static void requireReader(CurrentUser user) {
        // The system administrator sets schedules, so reads them too, although no issue content (三员分立).
        if (!user.hasAnyOf(Role.OFFICE_READERS) && !user.has(Role.SYSADMIN)) {
            throw new ForbiddenException("无权查看开设计划");
        }
    }

    public static void requireEditor(CurrentUser user) {
        if (!user.has(Role.EDITOR)) {
            throw new ForbiddenException("仅编辑可跳过或调整计划期次");
        }
    }
}
