package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import cn.scgov.bulletin.issue.internal.OutlineRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.calendar.WorkdayCalendar;
import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.bulletin.Period;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.RetryOnCollision;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What editors do to an issue as a whole: open it, close collection early, cancel it. */
@Service
public class IssueService {

    static final int MAX_PERIOD_DAYS = 62;

    private final IssueRepository issues;
    private final OutlineRepository outlines;
    private final Issues reads;
    private final IssueAccess access;
    private final BulletinCatalog catalog;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final DeadlineRules deadlines;
    private final WorkdayCalendar calendar;
    private final ObjectProvider<IssuePlanner> planner;
    private final NextIssueProposer proposer;

    IssueService(IssueRepository issues, OutlineRepository outlines, Issues reads, IssueAccess access,
            BulletinCatalog catalog, RuntimeService runtime, TaskService tasks, TimeSource time,
            ApplicationEventPublisher events, DeadlineRules deadlines, WorkdayCalendar calendar,
            ObjectProvider<IssuePlanner> planner) {
        this.issues = issues;
        this.outlines = outlines;
        this.reads = reads;
        this.access = access;
        this.catalog = catalog;
        this.runtime = runtime;
        this.tasks = tasks;
        this.time = time;
        this.events = events;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.planner = planner;
        this.proposer = new NextIssueProposer(issues, catalog, planner, time, calendar, deadlines);
    }

    /** Who opens the issues a schedule opens (recorded as the opener; the process log says 系统). */
    public static final String SCHEDULE_OPENER = "schedule";

    /** The default hour of a proposed deadline when the bulletin has no schedule. */
    static final LocalTime DEFAULT_DEADLINE_TIME = LocalTime.of(17, 0);

    /** A proposal keeps the lead time even if the form stays open this long before it is sent. */
    public static final Duration PROPOSAL_SLACK = Duration.ofHours(1);

    /**
     * What opening an issue takes. {@code confirmDeadlineBeforePeriodEnd} confirms a deadline before the
     * period has ended; {@code reminderAt}, when given, replaces the reminder the bulletin's rules compute.
     */
    public record OpenIssue(long bulletinId, LocalDate periodStart, LocalDate periodEnd, LocalDateTime deadline,
            boolean confirmDeadlineBeforePeriodEnd, Instant reminderAt) {

        public OpenIssue(long bulletinId, LocalDate periodStart, LocalDate periodEnd, LocalDateTime deadline) {
            this(bulletinId, periodStart, periodEnd, deadline, false, null);
        }
    }

    public record NextIssueProposal(long bulletinId, LocalDate periodStart, LocalDate periodEnd, LocalDateTime deadline,
            String issueLine) {
    }

    @Transactional
    @RetryOnCollision
    public Issue open(CurrentUser actor, OpenIssue command) {
        IssueAccess.requireEditor(actor);
        return open(actor.username(), actor.username(), command);
    }

    /**
     * Opens an issue as its bulletin's schedule planned it (called by the schedule's timer, not by a
     * person): the same rules, with the opener recorded as {@link #SCHEDULE_OPENER}.
     */
    @Transactional
    @RetryOnCollision
    public Issue openScheduled(OpenIssue command) {
        return open(SCHEDULE_OPENER, null, command);
    }

    private Issue open(String openedBy, String auditActor, OpenIssue command) {
        checkDates(command);
        if (command.periodEnd().isBefore(command.periodStart())) {
            throw InvalidInputException.field("periodEnd", "结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(command.periodStart(), command.periodEnd()) > MAX_PERIOD_DAYS) {
            throw InvalidInputException.field("periodEnd", "一期的统计时段不超过 " + MAX_PERIOD_DAYS + " 天");
        }
        Instant deadline = command.deadline().atZone(time.zone()).toInstant();
        deadlines.checkLeadTime(deadline, time.now(), "deadline");
        deadlines.checkPeriodEnd(deadline, command.periodEnd(), command.confirmDeadlineBeforePeriodEnd());
        Bulletin bulletin = catalog.bulletin(command.bulletinId());
        if (!bulletin.active()) {
            throw new ConflictException("该刊物已停用");
        }
        // One opening of a bulletin at a time, on every node: a period can never be opened twice.
        catalog.lockForNumbering(bulletin.id());
        Period period = new Period(command.periodStart(), command.periodEnd());
        int firstYear = bulletin.definition().numbering().firstYear();
        if (period.year() < firstYear) {
            throw InvalidInputException.field("periodStart", "该时段属于 " + period.year() + " 年，早于本刊物的编号起点（"
                    + firstYear + " 年），无法编号；请系统管理员先在刊物设置中调整编号起点");
        }
        if (issues.periodTaken(bulletin.id(), command.periodStart(), command.periodEnd())) {
            throw new ConflictException("该时段已有未作废的期次");
        }
        BulletinDefinition definition = bulletin.definition();
        Instant now = time.now();
        reads.numberingChanged();
        long issueId = issues.insert(new IssueRepository.NewIssue(bulletin.id(), definition.title(),
                definition.issuer(), definition.subtitle(), definition.issueLineFormat(),
                definition.headingStyles(), command.periodStart(), command.periodEnd(), deadline,
                definition.printCopies(), definition.printsPeriodLine(), openedBy, now));
        Map<String, Long> sectionIds = outlines.copy(issueId, definition, period);
        Set<String> departments = definition.contributingDepartments();
        Issue issue = reads.require(issueId);
        String issueLine = reads.issueLine(issue).text();
        events.publishEvent(new IssueOpened(issueId, bulletin.id(), auditActor, definition, sectionIds,
                departments, issueLine));

        Instant reminderAt = command.reminderAt() != null ? command.reminderAt() : reminderAt(bulletin, deadline);
        Map<String, Object> variables = new HashMap<>();
        variables.put(IssueProcess.ISSUE_ID, issueId);
        variables.put(IssueProcess.BULLETIN_ID, bulletin.id());
        variables.put(IssueProcess.DEPARTMENTS, new ArrayList<>(departments));
        variables.put(IssueProcess.DEADLINE, Date.from(deadline));
        variables.put(IssueProcess.REMINDER_AT, Date.from(reminderAt));
        ProcessInstance instance = runtime.createProcessInstanceBuilder().processDefinitionKey(IssueProcess.KEY)
                .businessKey(String.valueOf(issueId)).name(definition.title() + " " + issueLine)
                .variables(variables).start();
        issues.setProcessInstance(issueId, instance.getId());
        return reads.require(issueId);
    }

    /** An issue covers days between 2000 and two years from now, and its deadline is before 2101. */
    private void checkDates(OpenIssue command) {
        LocalDate earliest = LocalDate.of(2000, 1, 1);
        LocalDate latest = time.today().plusYears(2);
        if (command.periodStart().isBefore(earliest) || command.periodStart().isAfter(latest)) {
            throw InvalidInputException.field("periodStart", "开始日期须在 2000 年至 " + latest.getYear() + " 年之间");
        }
        if (command.periodEnd().isBefore(earliest) || command.periodEnd().isAfter(latest)) {
            throw InvalidInputException.field("periodEnd", "结束日期须在 2000 年至 " + latest.getYear() + " 年之间");
        }
        if (command.deadline().getYear() > 2100) {
            throw InvalidInputException.field("deadline", "报送截止时间须在 2100 年以前");
        }
    }

    public Issue issue(CurrentUser user, long issueId) {
        return access.readable(user, issueId);
    }

    public PageResult<Issue> issues(CurrentUser user, Long bulletinId, IssueStatus status, PageRequest page) {
        if (IssueAccess.officeReader(user)) {
            return issues.page(bulletinId, status, null, page);
        }
        if (user.has(Role.SUBMITTER) && user.departmentCode() != null) {
            return issues.page(bulletinId, status, user.departmentCode(), page);
        }
        return new PageResult<>(java.util.List.of(), page.page(), page.size(), 0);
    }

    @Transactional
    @RetryOnCollision
    public Issue closeCollection(CurrentUser actor, long issueId) {
        Issue issue = access.editable(actor, issueId);
        if (issue.status() != IssueStatus.COLLECTING) {
            throw new ConflictException("该期次已不在征集阶段");
        }
        if (!issues.closeCollection(issueId, issue.version())) {
            throw new ConflictException("征集已截止，或期次已被他人修改");
        }
        int closed = deliver(issue.processInstanceId(), IssueProcess.COLLECTION_CLOSED_MESSAGE);
        events.publishEvent(new CollectionClosed(issueId, actor.username(), closed));
        return reads.require(issueId);
    }

    @Transactional
    @RetryOnCollision
    public Issue cancel(CurrentUser actor, long issueId, String reason) {
        Issue issue = access.editable(actor, issueId);
        if (!issue.status().beforeSignoff()) {
            throw new ConflictException(issue.status() == IssueStatus.CANCELLED ? "该期次已作废" : "已签发的期次不能作废");
        }
        if (!issues.recordCancelReason(issueId, reason, issue.version())) {
            throw new ConflictException("期次已被他人修改，请刷新后重试");
        }
        tasks.addComment(null, issue.processInstanceId(), IssueProcess.OPINION_COMMENT, "作废：" + reason);
        if (deliver(issue.processInstanceId(), IssueProcess.CANCEL_MESSAGE) == 0) {
            throw new ConflictException("已签发的期次不能作废");
        }
        return reads.require(issueId);
    }

    /** Print run, changed by the editor while compiling; 0 prints no print-run line. */
    @Transactional
    @RetryOnCollision
    public Issue setPrintCopies(CurrentUser actor, long issueId, int copies, int version) {
        Issue issue = access.editable(actor, issueId);
        if (!issue.status().beforeSignoff()) {
            throw new ConflictException("已签发的期次不能修改");
        }
        if (!issues.setPrintCopies(issueId, copies, version)) {
            throw new ConflictException("期次已被他人修改，请刷新后重试");
        }
        events.publishEvent(cn.scgov.bulletin.shared.ProcessLogged.onIssue(
                IssueAction.PRINT_COPIES_CHANGED, actor.username(), issueId,
                issue.printCopies() + " → " + copies + (copies == 0 ? "（不印印数行）" : "")));
        return reads.require(issueId);
    }

    /** Whether this issue prints its period line under the subtitle, changed by the editor while compiling. */
    @Transactional
    @RetryOnCollision
    public Issue setPeriodLine(CurrentUser actor, long issueId, boolean printed, int version) {
        Issue issue = access.editable(actor, issueId);
        if (!issue.status().beforeSignoff()) {
            throw new ConflictException("已签发的期次不能修改");
        }
        if (!issues.setPeriodLine(issueId, printed, version)) {
            throw new ConflictException("期次已被他人修改，请刷新后重试");
        }
        events.publishEvent(cn.scgov.bulletin.shared.ProcessLogged.onIssue(
                IssueAction.PERIOD_LINE_CHANGED, actor.username(), issueId,
                printed ? "印时段行 " + IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()) : "不印时段行"));
        return reads.require(issueId);
    }

    /**
     * The period, deadline and number the next issue of a bulletin would have: as its schedule plans it,
     * or else the next working week (month) with the deadline at 17:00 on the first workday after the
     * period. Either way the deadline leaves at least the minimum lead time from now.
     */
    public NextIssueProposal proposeNext(CurrentUser actor, long bulletinId) {
        IssueAccess.requireEditor(actor);
        return proposer.proposeNext(bulletinId);
    }

    /**
     * When departments are reminded: as the bulletin's schedule says, or the bulletin's reminder hours
     * before the deadline, moved back to the workday before when that falls on a day off.
     */
    private Instant reminderAt(Bulletin bulletin, Instant deadline) {
        return planner.stream().findFirst().flatMap(p -> p.reminderAt(bulletin.id(), deadline)).orElseGet(() -> {
            LocalDateTime at = LocalDateTime.ofInstant(deadline.minus(Duration.ofHours(bulletin.definition().reminderHours())),
                    time.zone());
            Workdays workdays = calendar.around(at.toLocalDate(), at.toLocalDate());
            return workdays.onOrBefore(at.toLocalDate()).atTime(at.toLocalTime()).atZone(time.zone()).toInstant();
        });
    }

    private int deliver(String processInstanceId, String message) {
        var subscriptions = runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId)
                .eventType("message").eventName(message).list();
        subscriptions.forEach(subscription -> runtime.messageEventReceived(message, subscription.getExecutionId()));
        return subscriptions.size();
    }
}
