package cn.scgov.bulletin.contribution;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.inbox.TaskGate;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueSection;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.RetryOnCollision;

import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shapes contributions for the API and the pages: names, labels, sections and the task in hand. */
@Component
public class ContributionViews {

    private final Issues issues;
    private final Directory directory;
    private final TaskGate gate;
    private final ContributionService service;

    ContributionViews(Issues issues, Directory directory, TaskGate gate, ContributionService service) {
        this.issues = issues;
        this.directory = directory;
        this.gate = gate;
        this.service = service;
    }

    public record Summary(long id, String departmentCode, String departmentName, ContributionStatus status,
            String statusLabel, boolean overdue, int revision, int itemCount, Instant submittedAt, String returnReason,
            String taskAssignee, int version) {
    }

    public record SectionItems(long sectionId, String title, List<ContributionItem> items) {
    }

    public record Detail(long id, long issueId, String issueLine, String departmentCode, String departmentName,
            ContributionStatus status, String statusLabel, boolean overdue, int revision, String returnReason,
            String returnedBy, Instant returnedAt, String submittedBy, Instant submittedAt, Instant updatedAt,
            int version, String taskId, String taskName, String taskAssignee, List<SectionItems> sections) {
    }

    public List<Summary> summaries(long issueId, List<Contribution> contributions) {
        Map<String, String> names = directory.departmentNames();
        Map<Long, Integer> counts = service.itemCounts(issueId);
        Issue issue = issues.require(issueId);
        Map<String, Task> tasksByDepartment = new java.util.HashMap<>();
        if (issue.processInstanceId() != null) {
            gate.activeTasks(issue.processInstanceId()).stream().filter(task -> task.getCategory() != null)
                    .forEach(task -> tasksByDepartment.put(task.getCategory(), task));
        }
        return contributions.stream().map(c -> {
            Task task = c.status().finished() ? null : tasksByDepartment.get(c.departmentCode());
            return new Summary(c.id(), c.departmentCode(), names.getOrDefault(c.departmentCode(), c.departmentCode()),
                    c.status(), c.status().label(), c.overdue(), c.revision(), counts.getOrDefault(c.id(), 0),
                    c.submittedAt(), c.returnReason(), task == null ? null : task.getAssignee(), c.version());
        }).toList();
    }

    /** Shapes the contribution in one read-only transaction (one connection for all lookups). */
    @Transactional
    public Detail detail(Contribution c) {
        return detailOf(c);
    }

    /**
     * Makes a change and shapes its answer in the change's own transaction: the answer shows what is
     * committed with it (e.g. the review task a submission created), without a second transaction.
     */
    @Transactional
    @RetryOnCollision
    public Detail afterChange(java.util.function.Supplier<Contribution> change) {
        return detailOf(change.get());
    }

    private Detail detailOf(Contribution c) {
        Issue issue = issues.require(c.issueId());
        Task task = activeTask(issue, c);
        List<SectionItems> sections = issues.outline(issue.id()).sectionsOf(c.departmentCode()).stream()
                .filter(section -> section.kind() == SectionKind.NARRATIVE)
                .map(section -> new SectionItems(section.id(), section.title(), itemsOf(c, section)))
                .toList();
        return new Detail(c.id(), c.issueId(), issues.issueLine(issue).text(), c.departmentCode(),
                directory.department(c.departmentCode()).map(d -> d.name()).orElse(c.departmentCode()), c.status(),
                c.status().label(), c.overdue(), c.revision(), c.returnReason(), c.returnedBy(), c.returnedAt(),
                c.submittedBy(), c.submittedAt(), c.updatedAt(), c.version(), task == null ? null : task.getId(),
                task == null ? null : task.getName(), task == null ? null : task.getAssignee(), sections);
    }

    private Task activeTask(Issue issue, Contribution c) {
        if (c.status().finished() || issue.processInstanceId() == null) {
            return null;
        }
        boolean submitted = c.status() == ContributionStatus.SUBMITTED;
        String key = submitted ? IssueProcess.REVIEW_TASK : IssueProcess.DRAFT_TASK;
        String revisionKey = submitted ? IssueProcess.REVISION_REVIEW_TASK : IssueProcess.REVISE_TASK;
        return gate.activeTask(issue.processInstanceId(), key, c.departmentCode())
                .or(() -> gate.activeTask(issue.processInstanceId(), revisionKey, c.departmentCode())).orElse(null);
    }

    private static List<ContributionItem> itemsOf(Contribution c, IssueSection section) {
        return c.items().stream().filter(item -> item.sectionId() == section.id()).toList();
    }
}
