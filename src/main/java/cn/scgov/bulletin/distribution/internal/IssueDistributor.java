package cn.scgov.bulletin.distribution.internal;

import cn.scgov.bulletin.distribution.DistributionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.directory.Department;
import cn.scgov.bulletin.directory.DepartmentKind;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.ColophonLine;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.distribution.DistributionAction;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Delivers the frozen issue: resolves the recipients of each colophon line (each person once, under
 * the first line that names them), records a delivery per recipient and hands the list to the
 * process, which gives each of them an acknowledgement task.
 */
@Component("issueDistributor")
class IssueDistributor implements JavaDelegate {

    private final DeliveryRepository deliveries;
    private final Issues issues;
    private final Directory directory;
    private final TimeSource time;
    private final ApplicationEventPublisher events;

    IssueDistributor(DeliveryRepository deliveries, Issues issues, Directory directory, TimeSource time,
            ApplicationEventPublisher events) {
        this.deliveries = deliveries;
        this.issues = issues;
        this.directory = directory;
        this.time = time;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long issueId = ((Number) execution.getVariable(IssueProcess.ISSUE_ID)).longValue();
        Map<String, ColophonKind> recipients = recipients(issues.colophon(issueId));
        recipients.forEach((recipient, kind) -> deliveries.insert(issueId, recipient, kind, time.now()));
        List<String> usernames = new ArrayList<>(recipients.keySet());
        execution.setVariable(IssueProcess.RECIPIENTS, usernames);
        events.publishEvent(new DistributionEvent(DistributionAction.ISSUE_DISTRIBUTED, null, issueId, null,
                "分发 " + usernames.size() + " 人", usernames));
    }

    Map<String, ColophonKind> recipients(List<ColophonLine> colophon) {
        Map<String, ColophonKind> recipients = new LinkedHashMap<>();
        List<Department> departments = directory.activeDepartments();
        for (ColophonLine line : colophon) {
            if (line.recipientRoles().isEmpty()) {
                continue;
            }
            List<String> scope = scope(line.recipientDepartments(), departments);
            for (String username : directory.usernamesWith(line.recipientRoles(), scope)) {
                recipients.putIfAbsent(username, line.kind());
            }
        }
        return recipients;
    }

    /** Department codes a line reaches, or null for "any department (or none)". */
    private static List<String> scope(List<String> tokens, List<Department> departments) {
        if (tokens.isEmpty() || tokens.contains("*")) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (String token : tokens) {
            if (token.startsWith("kind:")) {
                DepartmentKind kind = DepartmentKind.valueOf(token.substring(5));
                departments.stream().filter(d -> d.kind() == kind).forEach(d -> codes.add(d.code()));
            } else {
                codes.add(token);
            }
        }
        return codes;
    }
}
