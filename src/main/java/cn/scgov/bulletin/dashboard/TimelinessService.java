package cn.scgov.bulletin.dashboard;

import cn.scgov.bulletin.dashboard.internal.TimelinessRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the timeliness report of a bulletin's year for the office, approvers and auditors. An issue
 * belongs to the year of its period ({@link Issue#year()}); cancelled issues do not count. Rules
 * ({@link Timeliness}): on time = first submission at or before the issue's deadline; late = after it;
 * nothing to report = the department answered 本期无报送; not submitted = no submission by the time
 * collection ended; pending = collection still open and not answered yet; returned = returned at least once.
 */
@Service
public class TimelinessService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private final TimelinessRepository repository;
    private final StageTimes stageTimes;
    private final Issues issues;
    private final BulletinCatalog catalog;
    private final Directory directory;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    TimelinessService(TimelinessRepository repository, StageTimes stageTimes, Issues issues, BulletinCatalog catalog,
            Directory directory, TimeSource time, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.stageTimes = stageTimes;
        this.issues = issues;
        this.catalog = catalog;
        this.directory = directory;
        this.time = time;
    }

    public static void requireReader(CurrentUser user) {
        if (!IssueAccess.officeReader(user)) {
            throw new ForbiddenException("仅编辑、审核人、签发领导和审计员可查看报送及时性统计");
        }
    }

    @Transactional(readOnly = true)
    public TimelinessReport report(CurrentUser user, long bulletinId, int year) {
        requireReader(user);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.field("year", "年份须在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间");
        }
        Bulletin bulletin = catalog.bulletin(bulletinId);
        // Periods reaching into the neighbouring years may still belong to this one (Issue#year decides).
        LocalDate from = LocalDate.of(year - 1, 12, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 31);
        List<Issue> yearIssues = issues.all(repository.issueIds(bulletinId, from, to)).stream()
                .filter(issue -> issue.year() == year).toList();
        Map<Long, Issue> byId = yearIssues.stream().collect(Collectors.toMap(Issue::id, Function.identity()));
        List<Timeliness> contributions = repository.contributions(bulletinId, from, to).stream()
                .filter(row -> byId.containsKey(row.issueId()))
                .map(row -> Timeliness.of(row, byId.get(row.issueId()))).toList();
        Map<Long, TimelinessRepository.DeliveryRow> deliveries = new HashMap<>();
        repository.deliveries(bulletinId, from, to).forEach(row -> deliveries.put(row.issueId(), row));

        Map<Long, StageTimes.Result> stagesById = stageTimes.of(yearIssues, deliveries);
        Map<Long, List<Timeliness>> byIssue = contributions.stream().collect(Collectors.groupingBy(Timeliness::issueId));
        List<TimelinessReport.IssueRow> issueRows = new ArrayList<>();
        for (Issue issue : yearIssues) {
            Counts counts = Counts.of(byIssue.getOrDefault(issue.id(), List.of()));
            TimelinessRepository.DeliveryRow delivery = deliveries.get(issue.id());
            StageTimes.Result stages = stagesById.get(issue.id());
            issueRows.add(new TimelinessReport.IssueRow(issue.id(), issues.issueLine(issue).text(), issue.periodStart(),
                    issue.periodEnd(), issue.status().name(), issue.status().label(), issue.openedAt(), issue.deadline(),
                    stages.distributedAt(), stages.distributedAt() == null ? null
                            : StageTimes.seconds(issue.openedAt(), stages.distributedAt()),
                    stages.stages(), delivery == null ? 0 : delivery.recipients(),
                    delivery == null ? 0 : delivery.acknowledged(), counts.onTime, counts.late, counts.notSubmitted,
                    counts.nothingToReport, counts.returned));
        }
        Map<String, List<Timeliness>> byDepartment = contributions.stream()
                .collect(Collectors.groupingBy(Timeliness::departmentCode));
        List<TimelinessReport.DepartmentRow> departmentRows = new ArrayList<>();
        for (Map.Entry<String, String> department : departments(contributions).entrySet()) {
            Counts counts = Counts.of(byDepartment.getOrDefault(department.getKey(), List.of()));
            departmentRows.add(new TimelinessReport.DepartmentRow(department.getKey(), department.getValue(),
                    counts.all, counts.onTime, counts.late, counts.notSubmitted, counts.nothingToReport, counts.pending,
                    counts.returned, Medians.of(counts.secondsToSubmit)));
        }
        Counts all = Counts.of(contributions);
        int distributed = (int) issueRows.stream().filter(row -> row.distributedAt() != null).count();
        return new TimelinessReport(bulletinId, bulletin.title(), year, time.now(),
                new TimelinessReport.Totals(yearIssues.size(), distributed, all.all, all.onTime, all.late,
                        all.notSubmitted, all.nothingToReport, all.pending, all.returned, Medians.of(all.secondsToSubmit)),
                List.copyOf(departmentRows), List.copyOf(issueRows));
    }

    @Transactional(readOnly = true)
    public LateDepartments lateDepartments(CurrentUser user, long bulletinId, int year) {
        return LateDepartments.of(report(user, bulletinId, year));
    }

    /** Records a download in the process log (who took which figures out of the system). */
    public void exported(CurrentUser user, TimelinessReport report, String what) {
        events.publishEvent(ProcessLogged.of(DashboardAction.DASHBOARD_EXPORTED, user.username(),
                what + "：" + report.bulletinTitle() + " " + report.year() + "年"));
    }

    public void exported(CurrentUser user, LateDepartments report, String what) {
        events.publishEvent(ProcessLogged.of(DashboardAction.DASHBOARD_EXPORTED, user.username(),
                what + "：" + report.bulletinTitle() + " " + report.year() + "年"));
    }

    /** The bulletins to choose from, for the page. */
    public List<Bulletin> bulletins(CurrentUser user) {
        requireReader(user);
        return catalog.bulletins();
    }

    /** Departments in the directory's order, then any the directory no longer has. */
    private Map<String, String> departments(List<Timeliness> contributions) {
        Set<String> present = contributions.stream().map(Timeliness::departmentCode).collect(Collectors.toSet());
        Map<String, String> result = new LinkedHashMap<>();
        for (Department department : directory.departments()) {
            if (present.contains(department.code())) {
                result.put(department.code(), department.name());
            }
        }
        present.stream().sorted().filter(code -> !result.containsKey(code)).forEach(code -> result.put(code, code));
        return result;
    }

    /** Counts of a set of contributions by outcome. */
    private static final class Counts {
        int all;
        int onTime;
        int late;
        int notSubmitted;
        int nothingToReport;
        int pending;
        int returned;
        final List<Long> secondsToSubmit = new ArrayList<>();

        static Counts of(List<Timeliness> contributions) {
            Counts counts = new Counts();
            for (Timeliness contribution : contributions) {
                counts.all++;
                switch (contribution.outcome()) {
                    case ON_TIME -> counts.onTime++;
                    case LATE -> counts.late++;
                    case NOT_SUBMITTED -> counts.notSubmitted++;
                    case NOTHING_TO_REPORT -> counts.nothingToReport++;
                    case PENDING -> counts.pending++;
                }
                if (contribution.returned()) {
                    counts.returned++;
                }
                if (contribution.secondsToSubmit() != null) {
                    counts.secondsToSubmit.add(contribution.secondsToSubmit());
                }
            }
            return counts;
        }
    }
}
