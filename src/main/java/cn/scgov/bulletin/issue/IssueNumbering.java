package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import java.util.List;

import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.Period;

/**
 * Issue numbers. A number is given only at sign-off, under a lock on the bulletin, as the next
 * after the highest given: so the numbers of distributed issues have no gaps or duplicates, however
 * many issues are cancelled before sign-off. The yearly number counts in the year the issue belongs
 * to by its period ({@link Period}), not the year it is signed off in: the weekly of 26–30 December
 * signed off in January is the old year's last issue, even when the new year's first issue was
 * opened (or numbered) before it. The cumulative number never restarts; it follows the order of
 * sign-off. Both start where the bulletin's numbering says (the system may take over a bulletin in
 * the middle of a year).
 */
final class IssueNumbering {

    record Numbers(int year, int yearlyNumber, Integer cumulativeNumber) {
    }

    private IssueNumbering() {
    }

    /** The numbers the issue gets now, at sign-off. */
    static Numbers next(IssueRepository issues, BulletinDefinition definition, Issue issue) {
        return nth(issues, definition, issue.bulletinId(), issue.year(), 1, 1);
    }

    /**
     * The numbers an open issue would get if the open issues were signed off in period order: its rank
     * among the open issues of its year, and among all open issues for the cumulative number.
     */
    static Numbers proposed(IssueRepository issues, BulletinDefinition definition, Issue issue) {
        List<IssueRepository.Unnumbered> queue = issues.unnumberedInOrder(issue.bulletinId());
        int year = issue.year();
        int rankInYear = 1;
        int rank = 1;
        for (IssueRepository.Unnumbered open : queue) {
            if (open.id() == issue.id()) {
                break;
            }
            rank++;
            if (open.year() == year) {
                rankInYear++;
            }
        }
        return nth(issues, definition, issue.bulletinId(), year, rankInYear, rank);
    }

    /** The numbers a new issue for {@code period} would get, after the open issues of earlier periods. */
    static Numbers forNewIssue(IssueRepository issues, BulletinDefinition definition, long bulletinId, Period period) {
        int year = period.year();
        int rankInYear = 1;
        int rank = 1;
        for (IssueRepository.Unnumbered open : issues.unnumberedInOrder(bulletinId)) {
            if (!open.periodStart().isBefore(period.start())) {
                continue;
            }
            rank++;
            if (open.year() == year) {
                rankInYear++;
            }
        }
        return nth(issues, definition, bulletinId, year, rankInYear, rank);
    }

    private static Numbers nth(IssueRepository issues, BulletinDefinition definition, long bulletinId, int year,
            int rankInYear, int rank) {
        BulletinDefinition.Numbering start = definition.numbering();
        IssueRepository.HighestNumbers highest = issues.highestNumbers(bulletinId, year);
        int before = highest.yearly() > 0 ? highest.yearly() : (year == start.firstYear() ? start.firstYearlyNumber() - 1 : 0);
        Integer cumulative = null;
        if (definition.cumulativeNumbering()) {
            int first = start.firstCumulativeNumber() == null ? 1 : start.firstCumulativeNumber();
            cumulative = highest.cumulative() > 0 ? highest.cumulative() + rank : first + rank - 1;
        }
        return new Numbers(year, before + rankInYear, cumulative);
    }
}
