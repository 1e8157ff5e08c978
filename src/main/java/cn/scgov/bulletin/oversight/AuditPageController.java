package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.audit.AuditActionGroups;
import cn.scgov.bulletin.audit.AuditSearch;
import cn.scgov.bulletin.audit.AuditService;
import cn.scgov.bulletin.audit.DecisionLabels;
import cn.scgov.bulletin.audit.ProcessLogEntry;
import cn.scgov.bulletin.audit.ProcessLogPage;
import cn.scgov.bulletin.audit.ResponseWriter;
import cn.scgov.bulletin.audit.TimelineEntry;
import cn.scgov.bulletin.audit.TimelineView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The auditor's process log (search, paging, CSV export) and every entitled reader's issue timeline. */
@Controller
public class AuditPageController {

    private final AuditService audit;
    private final Issues issues;
    private final Directory directory;
    private final TimeSource time;

    AuditPageController(AuditService audit, Issues issues, Directory directory, TimeSource time) {
        this.audit = audit;
        this.issues = issues;
        this.directory = directory;
        this.time = time;
    }

    @GetMapping("/audit")
    String log(CurrentUser user, @ModelAttribute("search") AuditSearch search, Model model) {
        AuditSearch.Reading reading = audit.read(search);
        ProcessLogPage result = null;
        if (reading.valid()) {
            result = audit.search(user, reading.filter(), reading.page());
            if (result.items().isEmpty() && result.page() > 0 && result.total() > 0) {
                // A page past the end (an old link after the search narrowed) shows the last page instead.
                result = audit.search(user, reading.filter(), new PageRequest(result.totalPages() - 1, result.size()));
            }
        } else {
            requireAuditor(user);
        }
        Map<String, String> departmentNames = directory.departmentNames();
        Map<Long, String> issueLabels = result == null ? Map.of() : issueLabels(result.items());
        model.addAttribute("errors", reading.errors());
        model.addAttribute("result", result);
        model.addAttribute("rows", result == null ? List.of() : result.items().stream()
                .map(entry -> LogRow.of(entry, departmentNames, issueLabels)).toList());
        model.addAttribute("pageNumbers", result == null ? List.of() : pageNumbers(result.page(), result.totalPages()));
        model.addAttribute("actionGroups", audit.actionGroups());
        model.addAttribute("departments", directory.departments());
        model.addAttribute("people", people());
        model.addAttribute("pageSizes", AuditSearch.PAGE_SIZES.stream().sorted().toList());
        return "audit/log";
    }

    /** The same rows as the page shows, every page of them, as the CSV the API exports. */
    @GetMapping("/audit/log.csv")
    void export(CurrentUser user, @ModelAttribute AuditSearch search, HttpServletResponse response) throws IOException {
        AuditSearch.Reading reading = audit.read(search);
        if (!reading.valid()) {
            requireAuditor(user);
            throw new InvalidInputException("查询条件有误：" + String.join("；", reading.errors().values()),
                    reading.errors());
        }
        String filename = "流程日志-" + time.today() + ".csv";
        try (ResponseWriter out = new ResponseWriter(response, "text/csv;charset=UTF-8",
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())) {
            audit.export(user, reading.filter(), out);
        }
    }

    @GetMapping("/issues/{issueId}/timeline")
    String timeline(CurrentUser user, @PathVariable("issueId") String issuePath,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String kind,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String department, Model model) {
        long issueId = issueId(issuePath);
        List<TimelineEntry> all = audit.timeline(user, issueId);
        TimelineView.Filter filter = new TimelineView.Filter(kind, department);
        List<TimelineEntry> steps = TimelineView.filter(all, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", TimelineView.rows(steps));
        model.addAttribute("stepDepartments", TimelineView.departments(all));
        model.addAttribute("totalSteps", all.size());
        Issue issue = issues.require(issueId);
        model.addAttribute("issue", issue);
        model.addAttribute("issueLine", issues.issueLine(issue));
        model.addAttribute("period", IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()));
        model.addAttribute("steps", steps);
        model.addAttribute("log", audit.issueLog(user, issueId));
        model.addAttribute("departmentNames", directory.departmentNames());
        model.addAttribute("now", time.now());
        return "audit/timeline";
    }

    /** Usernames with names, offered while typing the user field (the log is searched by username). */
    private Map<String, String> people() {
        List<String> usernames = directory.usernamesWith(List.of(Role.values()), null);
        Map<String, String> names = directory.displayNames(usernames);
        Map<String, String> people = new LinkedHashMap<>();
        usernames.forEach(username -> people.put(username, names.getOrDefault(username, username)));
        return people;
    }

    /** Path ids are read here so that a mistyped address is a "not found", never a failure. */
    private static long issueId(String path) {
        try {
            return Long.parseLong(path);
        } catch (NumberFormatException e) {
            throw new NotFoundException("期次不存在：" + path);
        }
    }

    /** One row of the log as the page shows it. */
    record LogRow(ProcessLogEntry entry, String tone, String actorDepartment, String subjectDepartment,
            String issueLabel, String decision) {

        static LogRow of(ProcessLogEntry entry, Map<String, String> departments, Map<Long, String> issues) {
            String actorDepartment = entry.actorDepartment() == null ? null
                    : departments.getOrDefault(entry.actorDepartment(), entry.actorDepartment());
            String subject = entry.departmentCode() == null || entry.departmentCode().equals(entry.actorDepartment())
                    ? null : departments.getOrDefault(entry.departmentCode(), entry.departmentCode());
            return new LogRow(entry, AuditActionGroups.tone(entry.action()), actorDepartment, subject,
                    entry.issueId() == null ? null : issues.get(entry.issueId()), DecisionLabels.label(entry.decision()));
        }
    }

    /** Page numbers to link (from 0), with -1 where a run of pages is left out: 0 … 4 5 [6] 7 8 … 20. */
    public static List<Integer> pageNumbers(int current, int total) {
        List<Integer> numbers = new java.util.ArrayList<>();
        for (int n = 0; n < total; n++) {
            if (n == 0 || n == total - 1 || Math.abs(n - current) <= 2) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != -1) {
                numbers.add(-1);
            }
        }
        return numbers;
    }

    /** "窗口工作周报（11月2日—11月6日）" for each issue the rows mention. */
    private Map<Long, String> issueLabels(List<ProcessLogEntry> rows) {
        Set<Long> ids = new LinkedHashSet<>();
        rows.stream().map(ProcessLogEntry::issueId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, String> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Issue issue : issues.all(List.copyOf(ids))) {
                labels.put(issue.id(), issue.title() + IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()));
            }
        }
        return labels;
    }

    /** Invalid searches are answered without searching; only auditors may learn that the form was wrong. */
    private static void requireAuditor(CurrentUser user) {
        AuditService.requireAuditor(user);
    }
}
