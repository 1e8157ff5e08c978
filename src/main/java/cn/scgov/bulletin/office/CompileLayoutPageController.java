package cn.scgov.bulletin.office;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.IssueDates;
import cn.scgov.bulletin.issue.IssueFormats;
import cn.scgov.bulletin.issue.IssueService;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The compile page's masthead and colophon options for this issue: the issue date (成文日期), whether
 * the period line prints, and the print run (0: no print-run line). Each is a plain form POST; a
 * refusal shows the page again with what the editor typed and why.
 */
@Controller
class CompileLayoutPageController {

    private final IssueService issueService;
    private final IssueDates dates;
    private final CompilePageModel pages;

    CompileLayoutPageController(IssueService issueService, IssueDates dates, CompilePageModel pages) {
        this.issueService = issueService;
        this.dates = dates;
        this.pages = pages;
    }

    @PostMapping("/issues/{id}/compile/print-copies")
    String printCopies(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String copies,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        redrawOnRefusal(user, id, "copies", copies, model);
        int value;
        try {
            value = Integer.parseInt(copies.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field("copies", "请填写整数");
        }
        if (value < 0 || value > 100_000) {
            throw InvalidInputException.field("copies", "印数须在 0 到 100000 之间（0 表示不印印数行）");
        }
        issueService.setPrintCopies(user, id, value, version);
        redirect.addFlashAttribute("flashSuccess", value == 0 ? "本期不印印数行" : "印数已改为 " + value + " 份");
        return "redirect:/issues/" + id + "/compile#print";
    }

    @PostMapping("/issues/{id}/compile/period-line")
    String periodLine(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean printed,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        RefusalRedraw.on(model, refusal -> {
            CompileFormState state = new CompileFormState();
            state.reject("periodLine", refusal.getMessage());
            return again(user, id, state, model);
        }, ConflictException.class);
        issueService.setPeriodLine(user, id, printed, version);
        redirect.addFlashAttribute("flashSuccess", printed ? "本期印时段行" : "本期不印时段行");
        return "redirect:/issues/" + id + "/compile#print";
    }

    @PostMapping("/issues/{id}/compile/issue-date")
    String issueDate(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String issueDate,
            @RequestParam int version, Model model, RedirectAttributes redirect) {
        redrawOnRefusal(user, id, "issueDate", issueDate, model);
        LocalDate date;
        try {
            date = issueDate.isBlank() ? null : LocalDate.parse(issueDate.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("issueDate", "日期格式应为 2025-01-10");
        }
        dates.setByEditor(user, id, date, version);
        redirect.addFlashAttribute("flashSuccess", date == null ? "成文日期将为签发当日"
                : "成文日期已定为 " + IssueFormats.date(date));
        return "redirect:/issues/" + id + "/compile#print";
    }

    /** A refused value: the page again with what the editor typed in the field and why next to it. */
    private void redrawOnRefusal(CurrentUser user, long id, String field, String typed, Model model) {
        RefusalRedraw.on(model, refusal -> {
            CompileFormState state = new CompileFormState();
            state.reject(field, refusal.getMessage());
            state.keep(field, typed);
            return again(user, id, state, model);
        }, InvalidInputException.class, ConflictException.class);
    }

    private String again(CurrentUser user, long id, CompileFormState state, Model model) {
        pages.full(user, id, state, model);
        return "compilation/compile";
    }
}
