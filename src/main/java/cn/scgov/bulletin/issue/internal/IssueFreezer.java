package cn.scgov.bulletin.issue.internal;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFrozen;
import cn.scgov.bulletin.issue.IssueNumberer;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs as an async job after the last sign-off: numbers the issue ({@link IssueNumberer}) in the
 * year of its period, dates it (the date the last signer fixed, else today), and lets the other
 * modules freeze their part. If a listener fails (e.g. no font to
 * render the PDF) the job fails and is retried; the sign-off itself stays recorded.
 */
@Component("issueFreezer")
class IssueFreezer implements JavaDelegate {

    private final Issues reads;
    private final IssueNumberer numberer;
    private final ApplicationEventPublisher events;

    IssueFreezer(Issues reads, IssueNumberer numberer, ApplicationEventPublisher events) {
        this.reads = reads;
        this.numberer = numberer;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long issueId = ((Number) execution.getVariable(IssueProcess.ISSUE_ID)).longValue();
        Issue issue = numberer.number(issueId);
        events.publishEvent(new IssueFrozen(issueId, reads.issueLine(issue).text(), issue.issueDate()));
    }
}
