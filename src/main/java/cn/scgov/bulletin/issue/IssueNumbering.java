package cn.scgov.bulletin.issue;

import java.util.List;

import cn.scgov.bulletin.bulletin.BulletinDefinition;

/**
 * Issue numbers. A number is given only at sign-off, under a lock on the bulletin, as the next
 * after the highest given: so the numbers of distributed issues have no gaps or duplicates, however
 * many issues are cancelled before sign-off. The yearly number restarts with each year of the issue
 * date; the cumulative number never restarts. Both start where the bulletin's numbering says (the
 * system may take over a bulletin in the middle of a year).
 */
final class IssueNumbering {

    record Numbers(int year, int yearlyNumber, Integer cumulativeNumber) {
    }

    private IssueNumbering() {
    }

    static Numbers next(IssueRepository issues, BulletinDefinition definition, long bulletinId, int year) {
        return nth(issues, definition, bulletinId, year, 1);
    }

    /** The numbers an open issue would get if the open issues were signed off in period order this year. */
    static Numbers proposed(IssueRepository issues, BulletinDefinition definition, Issue issue, int year) {
        List<Long> queue = issues.unnumberedInOrder(issue.bulletinId());
        int rank = Math.max(1, queue.indexOf(issue.id()) + 1);
        return nth(issues, definition, issue.bulletinId(), year, rank);
    }

    /** The numbers a newly opened issue would get, after the issues already open. */
    static Numbers nextAfterOpen(IssueRepository issues, BulletinDefinition definition, long bulletinId, int year) {
        return nth(issues, definition, bulletinId, year, issues.unnumberedInOrder(bulletinId).size() + 1);
    }

    private static Numbers nth(IssueRepository issues, BulletinDefinition definition, long bulletinId, int year, int n) {
        BulletinDefinition.Numbering start = definition.numbering();
        int[] highest = issues.highestNumbers(bulletinId, year);
        int maxYearly = highest[0];
        int yearly = maxYearly > 0 ? maxYearly + n
                : (year == start.firstYear() ? start.firstYearlyNumber() + n - 1 : n);
        Integer cumulative = null;
        if (definition.cumulativeNumbering()) {
            int maxCumulative = highest[1];
            int first = start.firstCumulativeNumber() == null ? 1 : start.firstCumulativeNumber();
            cumulative = maxCumulative > 0 ? maxCumulative + n : first + n - 1;
        }
        return new Numbers(year, yearly, cumulative);
    }
}
