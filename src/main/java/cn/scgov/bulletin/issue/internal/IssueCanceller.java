package cn.scgov.bulletin.issue.internal;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueCancelled;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.common.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Marks the issue cancelled once the cancel message has interrupted its production. */
@Component("issueCanceller")
class IssueCanceller implements JavaDelegate {

    private final IssueRepository issues;
    private final Issues reads;
    private final ApplicationEventPublisher events;

    IssueCanceller(IssueRepository issues, Issues reads, ApplicationEventPublisher events) {
        this.issues = issues;
        this.reads = reads;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long issueId = ((Number) execution.getVariable(IssueProcess.ISSUE_ID)).longValue();
        reads.numberingChanged();
        issues.setStatus(issueId, IssueStatus.CANCELLED);
        Issue issue = reads.require(issueId);
        events.publishEvent(new IssueCancelled(issueId, Authentication.getAuthenticatedUserId(), issue.cancelReason()));
    }
}
