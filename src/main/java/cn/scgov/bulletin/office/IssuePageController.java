package cn.scgov.bulletin.office;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.ConfirmationRequiredException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's list of issues and opening the next one. Pages call {@link IssueService} like the API,
 * so the rules (and their messages) are the same.
 */
@Controller
class IssuePageController {

    private final IssueService service;
    private final Issues issues;
    private final BulletinCatalog catalog;

    IssuePageController(IssueService service, Issues issues, BulletinCatalog catalog) {
        this.service = service;
        this.issues = issues;
        this.catalog = catalog;
    }

    /** One row of the list: the issue with its line as shown now. */
    record Row(Issue issue, Issues.IssueLine line, String periodLine) {
    }

    /** What the opening form holds; strings so that whatever the editor typed comes back unchanged. */
    record OpenForm(Long bulletinId, String periodStart, String periodEnd, String deadlineDate, String deadlineTime,
            Boolean confirm) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirm);
        }
    }

    @GetMapping("/issues")
    String list(CurrentUser user, @RequestParam(required = false) Long bulletinId,
            @RequestParam(required = false) IssueStatus status, @RequestParam(required = false) Integer page,
            Model model) {
        requireOffice(user);
        PageResult<Issue> result = service.issues(user, bulletinId, status, PageRequest.of(page, null, 20));
        model.addAttribute("rows", result.map(issue -> new Row(issue, issues.issueLine(issue),
                IssueFormats.periodLine(issue.periodStart(), issue.periodEnd()))));
        model.addAttribute("bulletins", catalog.bulletins());
        model.addAttribute("statuses", IssueStatus.values());
        model.addAttribute("bulletinId", bulletinId);
        model.addAttribute("status", status);
        return "issue/list";
    }

    @GetMapping("/issues/new")
    String proposal(CurrentUser user, @RequestParam long bulletinId, Model model) {
        IssueService.NextIssueProposal proposal = service.proposeNext(user, bulletinId);
        return form(model, catalog.bulletin(bulletinId), proposal.issueLine(), new OpenForm(bulletinId,
                proposal.periodStart().toString(), proposal.periodEnd().toString(), proposal.deadline().toLocalDate().toString(),
                String.format("%02d:%02d", proposal.deadline().getHour(), proposal.deadline().getMinute()), false),
                Map.of(), null);
    }

    @PostMapping("/issues")
    String open(CurrentUser user, OpenForm form, Model model, RedirectAttributes redirect) {
        IssueAccess.requireEditor(user);
        if (form.bulletinId() == null) {
            throw new InvalidInputException("请选择刊物");
        }
        Bulletin bulletin = catalog.bulletin(form.bulletinId());
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(form.periodStart(), "periodStart", "请填写开始日期", errors);
        LocalDate end = date(form.periodEnd(), "periodEnd", "请填写结束日期", errors);
        LocalDateTime deadline = dateTime(form.deadlineDate(), form.deadlineTime(), errors);
        String proposedLine = service.proposeNext(user, bulletin.id()).issueLine();
        RefusalRedraw.on(model, refusal -> {
            Map<String, String> fields = RefusalRedraw.fieldErrors(refusal);
            errors.putAll(fields);
            if (refusal instanceof ConfirmationRequiredException) {
                // The confirm step: the same form, the question, and a button that sends it again confirmed.
                model.addAttribute("confirmation", refusal.getMessage());
                return form(model, bulletin, proposedLine, form, errors, null);
            }
            return form(model, bulletin, proposedLine, form, errors, fields.isEmpty() ? refusal.getMessage() : null);
        }, InvalidInputException.class, ConflictException.class);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查标出的项目", errors);
        }
        Issue issue = service.open(user, new IssueService.OpenIssue(bulletin.id(), start, end, deadline,
                form.confirmed(), null));
        redirect.addFlashAttribute("flashSuccess", "已开设 " + issue.title() + " " + issues.issueLine(issue).text()
                + "，各部门已收到报送任务");
        return "redirect:/issues/" + issue.id();
    }

    @PostMapping("/issues/{id}/close-collection")
    String closeCollection(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        RefusalRedirect.to("/issues/" + id, ConflictException.class);
        service.closeCollection(user, id);
        redirect.addFlashAttribute("flashSuccess", "征集已截止，未报送的部门已标记为“未报送”");
        return "redirect:/issues/" + id;
    }

    @PostMapping("/issues/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        String text = reason.strip();
        if (text.isEmpty() || text.length() > 500) {
            IssueAccess.requireEditor(user);
            redirect.addFlashAttribute("flashError", text.isEmpty() ? "请填写作废原因" : "作废原因不超过 500 字");
            redirect.addFlashAttribute("cancelReason", reason);
            return "redirect:/issues/" + id + "#cancel";
        }
        RefusalRedirect.to("/issues/" + id, ConflictException.class).keeping("cancelReason", reason);
        service.cancel(user, id, text);
        redirect.addFlashAttribute("flashSuccess", "期次已作废");
        return "redirect:/issues/" + id;
    }

    /** The rendered issue as readers will get it; before sign-off it carries the draft mark. */
    @GetMapping("/issues/{id}/preview")
    String preview(CurrentUser user, @PathVariable long id, Model model) {
        requireOffice(user);
        Issue issue = service.issue(user, id);
        model.addAttribute("issue", issue);
        model.addAttribute("line", issues.issueLine(issue));
        return "issue/preview";
    }

    private String form(Model model, Bulletin bulletin, String proposedLine, OpenForm form, Map<String, String> errors,
            String error) {
        model.addAttribute("bulletin", bulletin);
        model.addAttribute("proposedLine", proposedLine);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", error);
        model.addAttribute("bulletins", List.of(bulletin));
        return "issue/new";
    }

    private static void requireOffice(CurrentUser user) {
        if (!IssueAccess.officeReader(user)) {
            throw new ForbiddenException("仅中心办公室、审核人和签发领导可查看期次");
        }
    }

    private static LocalDate date(String text, String field, String missing, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, missing);
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, "日期格式应为 2023-03-16");
            return null;
        }
    }

    /** The deadline as a date and a 24-hour time ({@code 17:00}); browsers show time inputs in 12 hours in some locales. */
    private static LocalDateTime dateTime(String date, String time, Map<String, String> errors) {
        LocalDate day = date(date, "deadline", "请填写报送截止日期", errors);
        if (day == null) {
            return null;
        }
        String text = time == null ? "" : time.strip().replace('：', ':');
        if (!text.matches("\\d{1,2}:\\d{2}")) {
            errors.put("deadline", "请按 24 小时制填写时间，如 17:00");
            return null;
        }
        String[] parts = text.split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour > 23 || minute > 59) {
            errors.put("deadline", "请按 24 小时制填写时间，如 17:00");
            return null;
        }
        return day.atTime(hour, minute);
    }
}
