package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import java.time.Duration;

import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Gives an issue its numbers at sign-off, gapless and unique however many nodes sign off issues of one
 * bulletin at the same moment. The bulletin's row is locked ({@code SELECT … FOR UPDATE}) for the rest
 * of the transaction, so numberings of one bulletin run one after the other on every node, and each reads
 * the highest numbers given after the previous one committed. The unique keys on (bulletin, year, yearly
 * number) and (bulletin, cumulative number) are the safety net: should a number be taken all the same
 * (a row changed outside the application), the numbers are read again and the assignment repeated, a few
 * times, in the same transaction (a failed statement does not end it).
 */
@Component
public class IssueNumberer {

    private final IssueRepository issues;
    private final Issues reads;
    private final BulletinCatalog catalog;
    private final TimeSource time;
    private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder().includes(DuplicateKeyException.class)
            .maxRetries(3).delay(Duration.ofMillis(10)).build());

    IssueNumberer(IssueRepository issues, Issues reads, BulletinCatalog catalog, TimeSource time) {
        this.issues = issues;
        this.reads = reads;
        this.catalog = catalog;
        this.time = time;
    }

    /** Numbers the issue unless it has its numbers already; must run inside a transaction. */
    public Issue number(long issueId) {
        Issue unlocked = reads.require(issueId);
        if (unlocked.numbered()) {
            return unlocked;
        }
        reads.numberingChanged();
        catalog.lockForNumbering(unlocked.bulletinId());
        Issue issue = reads.require(issueId);
        if (issue.numbered()) {
            return issue;
        }
        var issueDate = issue.issueDate() != null ? issue.issueDate() : time.today();
        var definition = catalog.bulletin(issue.bulletinId()).definition();
        retry.invoke(() -> {
            IssueNumbering.Numbers numbers = IssueNumbering.next(issues, definition, issue);
            issues.assignNumber(issueId, numbers.year(), numbers.yearlyNumber(), numbers.cumulativeNumber(), issueDate,
                    time.now());
        });
        return reads.require(issueId);
    }
}
