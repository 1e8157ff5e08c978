package cn.scgov.bulletin.signoff.internal;

import cn.scgov.bulletin.signoff.SignoffStep;
import cn.scgov.bulletin.signoff.SignoffWithdrawals;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.issue.IssueOpened;
import cn.scgov.bulletin.issue.IssueProcess;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the bulletin's chain into the issue when it opens, and starts each sign-off round at the
 * chain's first step (the BPMN service task {@code startSignoffRound}).
 */
@Component("signoffRound")
public class SignoffRound implements JavaDelegate {

    private final SignoffRepository steps;

    SignoffRound(SignoffRepository steps) {
        this.steps = steps;
    }

    @EventListener
    void on(IssueOpened opened) {
        List<SignoffStepDefinition> chain = opened.definition().signoffChain();
        for (int i = 0; i < chain.size(); i++) {
            steps.insert(opened.issueId(), new SignoffStep(i, chain.get(i).name(), chain.get(i).role(), null, null));
        }
    }

    @Override
    public void execute(DelegateExecution execution) {
        long issueId = ((Number) execution.getVariable(IssueProcess.ISSUE_ID)).longValue();
        List<SignoffStep> chain = steps.steps(issueId);
        execution.setVariable(IssueProcess.SIGNOFF_DONE, false);
        execution.setVariable(SignoffWithdrawals.WITHDRAWABLE, SignoffWithdrawals.BY_EDITORS);
        stepVariables(0, chain.get(0)).forEach(execution::setVariable);
    }

    public static Map<String, Object> stepVariables(int index, SignoffStep step) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(IssueProcess.SIGNOFF_INDEX, index);
        variables.put(IssueProcess.SIGNOFF_GROUP, step.group());
        variables.put(IssueProcess.SIGNOFF_STEP_NAME, step.name());
        variables.put(IssueProcess.SIGNOFF_ASSIGNEE, step.assignee() == null ? "" : step.assignee());
        return variables;
    }
}
