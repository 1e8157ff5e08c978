package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs as an async job after the last sign-off: numbers the issue (under the bulletin's lock) in the
 * year of its period, dates it (the date the last signer fixed, else today), and lets the other
 * modules freeze their part. If a listener fails (e.g. no font to
 * render the PDF) the job fails and is retried; the sign-off itself stays recorded.
 */
@Component("issueFreezer")
class IssueFreezer implements JavaDelegate {

    private final IssueRepository issues;
    private final Issues reads;
    private final BulletinCatalog catalog;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    IssueFreezer(IssueRepository issues, Issues reads, BulletinCatalog catalog, TimeSource time,
            ApplicationEventPublisher events) {
        this.issues = issues;
        this.reads = reads;
        this.catalog = catalog;
        this.time = time;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long issueId = ((Number) execution.getVariable(IssueProcess.ISSUE_ID)).longValue();
        Issue issue = reads.require(issueId);
        if (!issue.numbered()) {
            reads.numberingChanged();
            catalog.lockForNumbering(issue.bulletinId());
            var issueDate = issue.issueDate() != null ? issue.issueDate() : time.today();
            IssueNumbering.Numbers numbers = IssueNumbering.next(issues, catalog.bulletin(issue.bulletinId()).definition(),
                    issue);
            issues.assignNumber(issueId, numbers.year(), numbers.yearlyNumber(), numbers.cumulativeNumber(), issueDate,
                    time.now());
            issue = reads.require(issueId);
        }
        events.publishEvent(new IssueFrozen(issueId, reads.issueLine(issue).text(), issue.issueDate()));
    }
}
