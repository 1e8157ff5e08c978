package cn.scgov.bulletin.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.TimeSource;

import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.TaskInfo;
import org.flowable.task.api.TaskInfoQuery;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.task.api.history.HistoricTaskInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * A user's task lists, straight from the engine's task queries (one count and one page query per
 * list), with the issue line and department of each row looked up in one batch.
 */
@Service
public class InboxService {

    private final TaskService tasks;
    private final HistoryService history;
    private final Issues issues;
    private final Directory directory;
    private final TimeSource time;
    private final InboxSearch search;

    InboxService(TaskService tasks, HistoryService history, Issues issues, Directory directory, TimeSource time,
            InboxSearch search) {
        this.tasks = tasks;
        this.search = search;
        this.history = history;
        this.issues = issues;
        this.directory = directory;
        this.time = time;
    }

    public PageResult<InboxRow> list(CurrentUser user, InboxTab tab, InboxFilter filter, InboxSort sort, PageRequest page) {
        Collection<String> matching = null;
        if (!filter.text().isEmpty()) {
            matching = matching(user, tab, filter);
            if (matching.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
        }
        if (tab == InboxTab.DONE) {
            HistoricTaskInstanceQuery query = filtered(history.createHistoricTaskInstanceQuery()
                    .taskAssignee(user.username()).finished(), filter);
            if (matching != null) {
                query.taskIds(matching);
            }
            long total = query.count();
            query = sort == InboxSort.OLDEST ? query.orderByHistoricTaskInstanceEndTime().asc()
                    : query.orderByHistoricTaskInstanceEndTime().desc();
            List<HistoricTaskInstance> found = query.includeTaskLocalVariables().listPage((int) page.offset(), page.size());
            return new PageResult<>(rows(found), page.page(), page.size(), total);
        }
        TaskQuery query = active(user, tab, filter);
        if (matching != null) {
            query.taskIds(matching);
        }
        long total = query.count();
        switch (sort == null ? InboxSort.NEWEST : sort) {
            case OLDEST -> query.orderByTaskCreateTime().asc();
            case DUE -> query.orderByDueDateNullsLast().asc().orderByTaskCreateTime().asc();
            default -> query.orderByTaskCreateTime().desc();
        }
        return new PageResult<>(rows(query.listPage((int) page.offset(), page.size())), page.page(), page.size(), total);
    }

    public Map<InboxTab, Long> counts(CurrentUser user) {
        Map<InboxTab, Long> counts = new EnumMap<>(InboxTab.class);
        for (InboxTab tab : InboxTab.values()) {
            counts.put(tab, tab == InboxTab.DONE
                    ? history.createHistoricTaskInstanceQuery().taskAssignee(user.username()).finished().count()
                    : active(user, tab, InboxFilter.none()).count());
        }
        return counts;
    }

    /** How a page names tasks after bulk work: bulletin, issue, step and department. */
    public Map<String, String> labels(List<String> taskIds) {
        List<String> known = taskIds == null ? List.of() : taskIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        Map<String, String> labels = new HashMap<>();
        rows(history.createHistoricTaskInstanceQuery().taskIds(known).list()).forEach(row -> labels.put(row.taskId(),
                (row.bulletinTitle() == null ? "" : row.bulletinTitle() + " " + row.issueLine() + " · ") + row.name()
                        + (row.departmentName() == null ? "" : " · " + row.departmentName())));
        return labels;
    }

    /**
     * The ids of the tab's tasks that match every term of the free text. The engine narrows the tasks by
     * what the terms allow (the issues they matched, or departments when a term matched nothing else);
     * the rest is decided per task, since "this department's contribution to this issue" is no engine query.
     */
    private Collection<String> matching(CurrentUser user, InboxTab tab, InboxFilter filter) {
        List<InboxSearch.TermMatch> terms = search.match(filter.text(), directory.departmentNames());
        Set<String> instances = null;
        Set<String> categories = null;
        for (InboxSearch.TermMatch term : terms) {
            if (term.departments().isEmpty()) {
                Set<String> these = new HashSet<>(term.instances());
                these.addAll(term.contributionInstances());
                instances = intersect(instances, these);
            } else if (term.instances().isEmpty() && term.contributions().isEmpty()) {
                categories = intersect(categories, term.departments());
            }
        }
        if (instances != null && instances.isEmpty() || categories != null && categories.isEmpty()) {
            return List.of();
        }
        TaskInfoQuery<?, ? extends TaskInfo> query = tab == InboxTab.DONE
                ? filtered(history.createHistoricTaskInstanceQuery().taskAssignee(user.username()).finished(), filter)
                : active(user, tab, filter);
        if (instances != null) {
            query.processInstanceIdIn(instances);
        }
        if (categories != null) {
            query.taskCategoryIn(categories);
        }
        boolean office = IssueAccess.officeReader(user);
        return query.list().stream().filter(task -> terms.stream().allMatch(term -> term.matches(task, office)))
                .map(TaskInfo::getId).toList();
    }

    private static Set<String> intersect(Set<String> sofar, Set<String> these) {
        if (sofar == null) {
            return new HashSet<>(these);
        }
        sofar.retainAll(these);
        return sofar;
    }

    private TaskQuery active(CurrentUser user, InboxTab tab, InboxFilter filter) {
        TaskQuery query = tasks.createTaskQuery().active();
        List<String> groups = user.candidateGroups();
        switch (tab) {
            // A task one delegated stays in one's own list: one is still answerable for it and may take it back.
            case MINE -> query.or().taskAssignee(user.username()).taskOwner(user.username()).endOr();
            case GROUP -> {
                if (groups.isEmpty()) {
                    query.taskId("-none-");
                } else {
                    query.taskCandidateGroupIn(groups);
                }
            }
            case OVERDUE -> {
                if (groups.isEmpty()) {
                    query.or().taskAssignee(user.username()).taskOwner(user.username()).endOr();
                } else {
                    query.or().taskAssignee(user.username()).taskOwner(user.username()).taskCandidateGroupIn(groups).endOr();
                }
                query.taskDueBefore(Date.from(time.now()));
            }
            default -> throw new IllegalArgumentException(tab.name());
        }
        return filtered(query, filter);
    }

    private static <Q extends TaskInfoQuery<Q, ?>> Q filtered(Q query, InboxFilter filter) {
        if (filter.bulletinId() != null) {
            query.processVariableValueEquals(IssueProcess.BULLETIN_ID, filter.bulletinId());
        }
        if (filter.issueId() != null) {
            query.processInstanceBusinessKey(String.valueOf(filter.issueId()));
        }
        if (filter.departmentCode() != null) {
            query.taskCategory(filter.departmentCode());
        }
        if (filter.dueBefore() != null) {
            query.taskDueBefore(Date.from(filter.dueBefore()));
        }
        return query;
    }

    private List<InboxRow> rows(List<? extends TaskInfo> found) {
        Set<String> instances = new HashSet<>();
        Set<String> people = new HashSet<>();
        found.forEach(task -> {
            instances.add(task.getProcessInstanceId());
            people.add(task.getAssignee());
            people.add(task.getOwner());
        });
        people.remove(null);
        Map<String, Issue> byInstance = new HashMap<>();
        issues.byProcessInstances(instances).forEach(issue -> byInstance.put(issue.processInstanceId(), issue));
        Map<Long, String> lines = new HashMap<>();
        Map<String, String> departments = directory.departmentNames();
        Map<String, String> names = directory.displayNames(people);
        Instant now = time.now();
        return found.stream().map(task -> {
            Issue issue = byInstance.get(task.getProcessInstanceId());
            String line = issue == null ? null : lines.computeIfAbsent(issue.id(), id -> issues.issueLine(issue).text());
            String department = task.getCategory() != null && departments.containsKey(task.getCategory())
                    ? task.getCategory() : null;
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            Instant ended = task instanceof HistoricTaskInstance done && done.getEndTime() != null
                    ? done.getEndTime().toInstant() : null;
            Object decision = task.getTaskLocalVariables() == null ? null : task.getTaskLocalVariables().get(IssueProcess.DECISION);
            return new InboxRow(task.getId(), task.getName(), task.getTaskDefinitionKey(), issue == null ? null : issue.id(),
                    line, issue == null ? null : issue.title(), department,
                    department == null ? null : departments.get(department), task.getCreateTime().toInstant(), due,
                    ended == null && due != null && due.isBefore(now), task.getAssignee(),
                    names.get(task.getAssignee()), task.getOwner(), ended, decision == null ? null : decision.toString());
        }).toList();
    }
}
