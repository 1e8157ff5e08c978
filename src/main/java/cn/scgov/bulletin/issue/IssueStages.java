package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.issue.internal.IssueRepository;
import org.flowable.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the issue's status in step with its process; called from execution listeners in the BPMN
 * ({@code ${issueStages.enter(execution, 'COMPILING')}}).
 */
@Component("issueStages")
class IssueStages {

    private final IssueRepository issues;

    IssueStages(IssueRepository issues) {
        this.issues = issues;
    }

    public void enter(DelegateExecution execution, String stage) {
        long issueId = ((Number) execution.getVariable(IssueProcess.ISSUE_ID)).longValue();
        issues.setStatus(issueId, IssueStatus.valueOf(stage));
    }
}
