package cn.scgov.bulletin.contribution.internal;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionEvent;
import cn.scgov.bulletin.contribution.ContributionStatus;
import java.time.Instant;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.contribution.ContributionAction;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process's automatic steps on a department's draft: the reminder before the deadline, the
 * overdue flag at the deadline, and "not submitted" when the editor closes collection early.
 */
@Configuration(proxyBeanMethods = false)
class ContributionDelegates {

    private final ContributionRepository contributions;
    private final Issues issues;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    ContributionDelegates(ContributionRepository contributions, Issues issues, TimeSource time,
            ApplicationEventPublisher events) {
        this.contributions = contributions;
        this.issues = issues;
        this.time = time;
        this.events = events;
    }

    @Bean
    JavaDelegate contributionReminder() {
        return execution -> contribution(execution).ifPresent(contribution -> {
            Issue issue = issues.require(contribution.issueId());
            Instant reminderAt = ((java.util.Date) execution.getVariable(IssueProcess.REMINDER_AT)).toInstant();
            boolean windowOpenedBeforeIssue = !reminderAt.isAfter(issue.openedAt());
            if (contribution.status().drafting() && !windowOpenedBeforeIssue && time.now().isBefore(issue.deadline())) {
                publish(ContributionAction.REMINDER_SENT, contribution, "报送截止前提醒");
            }
        });
    }

    @Bean
    JavaDelegate contributionOverdueFlagger() {
        return execution -> contribution(execution).ifPresent(contribution -> {
            Issue issue = issues.require(contribution.issueId());
            boolean submittedInTime = contribution.submittedAt() != null && !contribution.submittedAt().isAfter(issue.deadline());
            if (!submittedInTime && !contribution.overdue() && contribution.status().drafting()) {
                contributions.markOverdue(contribution.id());
                publish(ContributionAction.CONTRIBUTION_OVERDUE, contribution, "已过报送截止时间");
            }
        });
    }

    @Bean
    JavaDelegate contributionNotSubmittedMarker() {
        return execution -> contribution(execution).ifPresent(contribution -> {
            contributions.setStatus(contribution.id(), ContributionStatus.NOT_SUBMITTED);
            publish(ContributionAction.CONTRIBUTION_NOT_SUBMITTED, contribution, "征集提前截止时尚未报送");
        });
    }

    private java.util.Optional<Contribution> contribution(DelegateExecution execution) {
        long issueId = ((Number) execution.getVariable(IssueProcess.ISSUE_ID)).longValue();
        String department = (String) execution.getVariable(IssueProcess.DEPARTMENT);
        // Recorded on this step's execution so the engine's history tells whose draft the step was about.
        execution.setVariableLocal(IssueProcess.STEP_DEPARTMENT, department);
        return contributions.find(issueId, department);
    }

    private void publish(ContributionAction action, Contribution contribution, String detail) {
        events.publishEvent(new ContributionEvent(action, null, contribution.issueId(), contribution.id(),
                contribution.departmentCode(), null, null, null, detail));
    }
}
