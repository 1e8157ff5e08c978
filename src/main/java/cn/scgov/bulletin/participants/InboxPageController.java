package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.inbox.BulkClaim;
import cn.scgov.bulletin.inbox.CopiedToMe;
import cn.scgov.bulletin.inbox.InboxFilter;
import cn.scgov.bulletin.inbox.InboxQuery;
import cn.scgov.bulletin.inbox.InboxRow;
import cn.scgov.bulletin.inbox.InboxService;
import cn.scgov.bulletin.inbox.InboxSort;
import cn.scgov.bulletin.inbox.InboxTab;
import cn.scgov.bulletin.inbox.TaskOperations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.savedfilter.FilterKind;
import cn.scgov.bulletin.savedfilter.SavedFilters;
import cn.scgov.bulletin.shared.BulkWork;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task inbox page: tabs with counts, filters, sort, paging, and claiming/unclaiming tasks. */
@Controller
class InboxPageController {

    private static final int PAGE_SIZE = 20;

    private final InboxService inbox;
    private final TaskOperations operations;
    private final BulletinCatalog catalog;
    private final IssueService issueService;
    private final Issues issues;
    private final IssueAccess access;
    private final Directory directory;
    private final TimeSource time;
    private final MessageSource messages;
    private final CopiedToMe copies;
    private final BulkClaim bulkClaim;
    private final SavedFilters savedFilters;

    InboxPageController(InboxService inbox, TaskOperations operations, BulletinCatalog catalog, IssueService issueService,
            Issues issues, IssueAccess access, Directory directory, TimeSource time, MessageSource messages,
            CopiedToMe copies, BulkClaim bulkClaim, SavedFilters savedFilters) {
        this.copies = copies;
        this.savedFilters = savedFilters;
        this.inbox = inbox;
        this.bulkClaim = bulkClaim;
        this.operations = operations;
        this.catalog = catalog;
        this.issueService = issueService;
        this.issues = issues;
        this.access = access;
        this.directory = directory;
        this.time = time;
        this.messages = messages;
    }

    /** A row as the page shows it: where the task is done and what may be done with it from here. */
    record RowView(InboxRow row, String href, boolean claim, boolean unclaim, boolean handOver, boolean reclaim,
            String ownerName, String decisionLabel) {
    }

    record Option(String value, String label) {
    }

    @GetMapping("/inbox")
    String inbox(CurrentUser user, @RequestParam(required = false) String tab,
            @RequestParam(required = false) Long bulletinId, @RequestParam(required = false) Long issueId,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String q, Model model, Locale locale) {
        // An old bookmark with a tab or sort that no longer exists shows the default rather than an error.
        InboxTab chosen = known(InboxTab.class, tab);
        Map<InboxTab, Long> counts = inbox.counts(user);
        // Landing on an empty 我的待办 while work waits to be claimed hides it: land where the work is.
        boolean landedOnGroup = chosen == null && counts.get(InboxTab.MINE) == 0 && counts.get(InboxTab.GROUP) > 0;
        InboxQuery query = new InboxQuery(landedOnGroup ? InboxTab.GROUP : chosen, bulletinId, issueId, department,
                dueBefore, known(InboxSort.class, sort), page, q);
        InboxFilter filter;
        try {
            filter = query.filter(time.zone());
        } catch (InvalidInputException e) {
            model.addAttribute("qError", e.getMessage());
            filter = new InboxQuery(query.tab(), bulletinId, issueId, department, dueBefore, query.sort(), page, null)
                    .filter(time.zone());
        }
        PageResult<InboxRow> rows = inbox.list(user, query.tab(), filter, query.sort(),
                new PageRequest(query.page(), PAGE_SIZE));
        model.addAttribute("savedFilters", savedFilters.list(user, FilterKind.INBOX));
        model.addAttribute("query", query);
        model.addAttribute("tabs", InboxTab.values());
        model.addAttribute("counts", counts);
        model.addAttribute("ccUnread", copies.unread(user));
        model.addAttribute("landedOnGroup", landedOnGroup);
        model.addAttribute("groupCount", counts.get(InboxTab.GROUP));
        model.addAttribute("groupLink", query.tabLink(InboxTab.GROUP));
        model.addAttribute("rows", rows);
        List<RowView> views = views(user, rows.items(), locale);
        model.addAttribute("views", views);
        model.addAttribute("bulkClaim", views.stream().filter(RowView::claim).count() > 1);
        model.addAttribute("bulletins", bulletinOptions());
        model.addAttribute("issues", issueOptions(user, query));
        // The office, not the office readers: the auditor has no inbox to filter by department.
        boolean office = user.hasAnyOf(Role.OFFICE);
        model.addAttribute("departments", office ? directory.activeDepartments() : List.of());
        model.addAttribute("sorts", InboxSort.values());
        return "inbox/inbox";
    }

    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    @PostMapping("/inbox/tasks/{taskId}/claim")
    String claim(CurrentUser user, @PathVariable String taskId, @RequestParam(required = false) String back,
            RedirectAttributes redirect, Locale locale) {
        return act(redirect, back, locale, "inbox.claimed", () -> operations.claim(user, taskId));
    }

    /** 批量签收 after the page's one confirmation; the result per task is shown on the list. */
    @PostMapping("/inbox/bulk-claim")
    String bulkClaim(CurrentUser user, @RequestParam(required = false) List<String> taskIds,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        RefusalRedirect.to(InboxQuery.safeBack(back), InvalidInputException.class);
        List<BulkWork.Outcome> outcomes = bulkClaim.claim(user, taskIds);
        Map<String, String> labels = inbox.labels(taskIds);
        redirect.addFlashAttribute("bulkReport", BulkWork.Report.of(outcomes, id -> labels.getOrDefault(id, id)));
        return "redirect:" + InboxQuery.safeBack(back);
    }

    @PostMapping("/inbox/tasks/{taskId}/unclaim")
    String unclaim(CurrentUser user, @PathVariable String taskId, @RequestParam(required = false) String back,
            RedirectAttributes redirect, Locale locale) {
        return act(redirect, back, locale, "inbox.unclaimed", () -> operations.unclaim(user, taskId));
    }

    @PostMapping("/inbox/tasks/{taskId}/reclaim")
    String reclaim(CurrentUser user, @PathVariable String taskId, @RequestParam(required = false) String back,
            RedirectAttributes redirect, Locale locale) {
        return act(redirect, back, locale, "inbox.reclaimed", () -> operations.reclaim(user, taskId));
    }

    /** The delegate hands a delegated task back to its owner with an opinion (归还). */
    @PostMapping("/inbox/tasks/{taskId}/resolve")
    String resolve(CurrentUser user, @PathVariable String taskId, @RequestParam(defaultValue = "") String opinion,
            @RequestParam(required = false) String back, RedirectAttributes redirect, Locale locale) {
        return act(redirect, back, locale, "inbox.resolved", () -> operations.resolve(user, taskId, opinion));
    }

    private String act(RedirectAttributes redirect, String back, Locale locale, String doneKey, Runnable action) {
        RefusalRedirect.to(InboxQuery.safeBack(back), ConflictException.class, InvalidInputException.class);
        action.run();
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(doneKey, null, locale));
        return "redirect:" + InboxQuery.safeBack(back);
    }

    private List<RowView> views(CurrentUser user, List<InboxRow> rows, Locale locale) {
        Map<String, String> owners = directory.displayNames(rows.stream().map(InboxRow::owner).filter(Objects::nonNull)
                .distinct().toList());
        return rows.stream().map(row -> {
            boolean active = row.endedAt() == null;
            boolean mine = user.username().equals(row.assignee());
            boolean offered = !IssueProcess.ACKNOWLEDGE_TASK.equals(row.step());
            boolean delegatedByMe = active && user.username().equals(row.owner()) && !mine;
            String decision = row.decision() == null ? null
                    : messages.getMessage("inbox.decision." + row.decision(), null, row.decision(), locale);
            return new RowView(row, href(row), active && row.assignee() == null,
                    active && mine && row.owner() == null && offered, active && mine && row.owner() == null && offered,
                    delegatedByMe, row.owner() == null || delegatedByMe || user.username().equals(row.owner()) ? null : owners.getOrDefault(row.owner(), row.owner()),
                    decision);
        }).toList();
    }

    /** Where each kind of task is done. */
    static String href(InboxRow row) {
        if (row.issueId() == null) {
            return null;
        }
        String step = row.step() == null ? "" : row.step();
        return switch (step) {
            case IssueProcess.DRAFT_TASK, IssueProcess.REVIEW_TASK, IssueProcess.REVISE_TASK,
                    IssueProcess.REVISION_REVIEW_TASK -> row.departmentCode() == null ? "/issues/" + row.issueId()
                    : "/issues/" + row.issueId() + "/contributions/" + row.departmentCode();
            case IssueProcess.COMPILE_TASK -> "/issues/" + row.issueId() + "/compile";
            case IssueProcess.SIGNOFF_TASK -> "/issues/" + row.issueId() + "/signoff";
            case IssueProcess.ACKNOWLEDGE_TASK -> "/deliveries";
            default -> "/issues/" + row.issueId();
        };
    }

    private List<Option> bulletinOptions() {
        List<Bulletin> bulletins = catalog.bulletins().stream().filter(Bulletin::active).toList();
        return bulletins.stream().map(b -> {
            boolean shared = bulletins.stream().filter(other -> other.title().equals(b.title())).count() > 1;
            return new Option(String.valueOf(b.id()), shared ? b.title() + "（" + b.code() + "）" : b.title());
        }).toList();
    }

    /** Recent issues the user can see (and the filtered one, even if older). */
    private List<Option> issueOptions(CurrentUser user, InboxQuery query) {
        List<Issue> recent = new ArrayList<>(issueService.issues(user, query.bulletinId(), null, new PageRequest(0, 20)).items());
        if (query.issueId() != null && recent.stream().noneMatch(issue -> issue.id() == query.issueId())) {
            issues.find(query.issueId()).filter(issue -> access.canRead(user, issue)).ifPresent(recent::add);
        }
        return recent.stream().map(issue -> new Option(String.valueOf(issue.id()),
                issue.title() + " " + issues.issueLine(issue).text())).toList();
    }
}
