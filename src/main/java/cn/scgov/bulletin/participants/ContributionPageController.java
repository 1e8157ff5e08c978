package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.contribution.ContributionService;
import java.util.Locale;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contribution page (one URL for the department and the office) and its one-click actions:
 * withdraw, nothing to report, review, urge. Drafting itself is {@link ContributionDraftPageController}.
 */
@Controller
class ContributionPageController {

    private final ContributionService service;
    private final ContributionPage page;
    private final MessageSource messages;

    ContributionPageController(ContributionService service, ContributionPage page, MessageSource messages) {
        this.service = service;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping("/contributions/{id}")
    String contribution(CurrentUser user, @PathVariable long id, Model model) {
        return page.render(model, user, service.contribution(user, id), null, Map.of());
    }

    /** From an issue's status matrix or an inbox row: the department's contribution to the issue. */
    @GetMapping("/issues/{issueId}/contributions/{departmentCode}")
    String ofDepartment(CurrentUser user, @PathVariable long issueId, @PathVariable String departmentCode) {
        return "redirect:/contributions/" + service.ofDepartment(user, issueId, departmentCode).id();
    }

    /** A submitter's own department's contribution to the issue. */
    @GetMapping("/issues/{issueId}/contribution")
    String mine(CurrentUser user, @PathVariable long issueId) {
        return "redirect:/contributions/" + service.mine(user, issueId).id();
    }

    @PostMapping("/contributions/{id}/withdraw")
    String withdraw(CurrentUser user, @PathVariable long id, @RequestParam int version, RedirectAttributes redirect,
            Locale locale) {
        return act(id, redirect, locale, "contribution.withdrawn", () -> service.withdraw(user, id, version));
    }

    @PostMapping("/contributions/{id}/nothing-to-report")
    String nothingToReport(CurrentUser user, @PathVariable long id, @RequestParam int version,
            RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "contribution.nothingReported", () -> service.nothingToReport(user, id, version));
    }

    @PostMapping("/contributions/{id}/urge")
    String urge(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String message,
            RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "contribution.urged", () -> service.urge(user, id, message));
    }

    @PostMapping("/contributions/{id}/review")
    String review(CurrentUser user, @PathVariable long id, @RequestParam int version, @RequestParam String decision,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
            Locale locale) {
        ContributionService.ReviewDecision chosen = "RETURN".equals(decision)
                ? ContributionService.ReviewDecision.RETURN : ContributionService.ReviewDecision.ACCEPT;
        RefusalRedraw.on(model, refusal -> refusal instanceof InvalidInputException invalid
                ? reviewAgain(model, user, id, reason, null,
                        invalid.fieldErrors().getOrDefault("reason", refusal.getMessage()))
                : reviewAgain(model, user, id, reason, refusal.getMessage(), null),
                InvalidInputException.class, ConflictException.class);
        service.review(user, id, version, chosen, reason);
        String done = chosen == ContributionService.ReviewDecision.RETURN ? "contribution.returned" : "contribution.accepted";
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(done, null, locale));
        return "redirect:/contributions/" + id;
    }

    /** The page again with the editor's opinion kept, and why the decision was not taken. */
    private String reviewAgain(Model model, CurrentUser user, long id, String reason, String error,
            String reasonError) {
        model.addAttribute("reason", reason);
        model.addAttribute("formError", error);
        model.addAttribute("reasonError", reasonError);
        return page.render(model, user, service.contribution(user, id), null, Map.of());
    }

    /** Runs an action; a conflict (someone acted first) comes back to the page as a message. */
    private String act(long id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable action) {
        RefusalRedirect.to("/contributions/" + id, ConflictException.class);
        action.run();
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(doneKey, null, locale));
        return "redirect:/contributions/" + id;
    }
}
