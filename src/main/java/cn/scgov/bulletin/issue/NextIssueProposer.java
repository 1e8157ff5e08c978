package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.calendar.WorkdayCalendar;
import cn.scgov.bulletin.calendar.Workdays;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The period, deadline and number the next issue of a bulletin would have: as its schedule plans it,
 * or else the next working week (month) with the deadline at 17:00 on the first workday after the
 * period. Either way the deadline leaves at least the minimum lead time from now.
 */
class NextIssueProposer {

    private final IssueRepository issues;
    private final BulletinCatalog catalog;
    private final ObjectProvider<IssuePlanner> planner;
    private final TimeSource time;
    private final WorkdayCalendar calendar;
    private final DeadlineRules deadlines;

    NextIssueProposer(IssueRepository issues, BulletinCatalog catalog, ObjectProvider<IssuePlanner> planner,
            TimeSource time, WorkdayCalendar calendar, DeadlineRules deadlines) {
        this.issues = issues;
        this.catalog = catalog;
        this.planner = planner;
        this.time = time;
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    IssueService.NextIssueProposal proposeNext(long bulletinId) {
        Bulletin bulletin = catalog.bulletin(bulletinId);
        LocalDate today = time.today();
        LocalDate lastPeriodEnd = issues.latestNotCancelled(bulletinId).map(Issue::periodEnd).orElse(null);
        IssuePlanner.PlannedIssue plan = planner.stream().findFirst()
                .flatMap(p -> p.next(bulletinId, lastPeriodEnd))
                .orElseGet(() -> defaultPlan(bulletin, lastPeriodEnd, today));
        IssueNumbering.Numbers numbers = IssueNumbering.forNewIssue(issues, bulletin.definition(), bulletinId,
                new cn.scgov.bulletin.bulletin.Period(plan.periodStart(), plan.periodEnd()));
        return new IssueService.NextIssueProposal(bulletinId, plan.periodStart(), plan.periodEnd(), plan.deadline(),
                IssueFormats.issueLine(bulletin.definition().issueLineFormat(), numbers.year(), numbers.yearlyNumber(),
                        numbers.cumulativeNumber()));
    }

    private IssuePlanner.PlannedIssue defaultPlan(Bulletin bulletin, LocalDate lastPeriodEnd, LocalDate today) {
        Workdays workdays = calendar.around(today.minusWeeks(10), today.plusWeeks(10));
        NextPeriod period = NextPeriod.after(bulletin.definition().frequency(), lastPeriodEnd, today, workdays);
        LocalDate firstDay = period.end().plusDays(1);
        LocalDateTime deadline = DeadlineRules.firstWorkdayAt(workdays, firstDay, IssueService.DEFAULT_DEADLINE_TIME,
                deadlines.earliestFrom(time.now().plus(IssueService.PROPOSAL_SLACK)), time.zone());
        return new IssuePlanner.PlannedIssue(period.start(), period.end(), deadline);
    }
}
