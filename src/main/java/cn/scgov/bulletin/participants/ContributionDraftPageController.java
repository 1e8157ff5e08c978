package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionService;
import cn.scgov.bulletin.contribution.ContributionViews;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The submitter's draft form. Every button posts the whole form, so what was typed travels with
 * every click: moving, adding and removing items re-render the form without storing anything;
 * saving and submitting go through the service with the version the page was rendered from.
 * When the service refuses (someone changed the draft meanwhile, or an item is wrong), the page
 * comes back with the user's text in it and the reason on top.
 */
@Controller
class ContributionDraftPageController {

    private final ContributionService service;
    private final ContributionViews views;
    private final ContributionPage page;
    private final Issues issues;
    private final MessageSource messages;

    ContributionDraftPageController(ContributionService service, ContributionViews views, ContributionPage page,
            Issues issues, MessageSource messages) {
        this.service = service;
        this.views = views;
        this.page = page;
        this.issues = issues;
        this.messages = messages;
    }

    @PostMapping("/contributions/{id}")
    String draft(CurrentUser user, @PathVariable long id, @ModelAttribute("draft") DraftForm form,
            @RequestParam(defaultValue = "save") String op, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        Contribution contribution = service.contribution(user, id);
        ContributionViews.Detail detail = views.detail(contribution);
        List<Long> sections = page.sectionOrder(detail);
        if (!page.abilities(user, detail, issues.require(detail.issueId())).edit()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("formError", messages.getMessage("contribution.notEditable", null, locale));
            return page.render(model, user, contribution, form, Map.of());
        }
        if (op.equals("save") || op.equals("submit")) {
            return store(user, contribution, form, sections, op.equals("submit"), model, redirect, locale);
        }
        DraftForm.Edit edit = form.apply(op, sections);
        model.addAttribute("dirty", true);
        model.addAttribute("focus", edit.focus());
        return page.render(model, user, contribution, form, Map.of());
    }

    private String store(CurrentUser user, Contribution contribution, DraftForm form, List<Long> sections, boolean submit,
            Model model, RedirectAttributes redirect, Locale locale) {
        form.normalise(sections);
        List<DraftForm.Posted> posted = form.posted();
        List<ContributionService.DraftItem> items = posted.stream().map(DraftForm.Posted::item).toList();
        int version = form.getVersion() == null ? -1 : form.getVersion();
        RefusalRedraw.on(model, refusal -> {
            model.addAttribute("formError", refusal.getMessage());
            model.addAttribute("dirty", true);
            if (refusal instanceof InvalidInputException invalid) {
                return page.render(model, user, contribution, form, itemErrors(invalid, posted));
            }
            model.addAttribute("conflict", true);
            Contribution current = service.contribution(user, contribution.id());
            // Saved by someone else: theirs is shown next to the form, and saving again keeps this user's text.
            model.addAttribute("saved", views.detail(current));
            form.setVersion(current.version());
            return page.render(model, user, current, form, Map.of());
        }, ConflictException.class, InvalidInputException.class);
        if (submit) {
            service.submit(user, contribution.id(), version, items);
        } else {
            service.save(user, contribution.id(), version, items);
        }
        String done = submit ? "contribution.submitted" : "contribution.saved";
        redirect.addFlashAttribute("flashSuccess", messages.getMessage(done, null, locale));
        return "redirect:/contributions/" + contribution.id();
    }

    /** The service names items by their place in the list it got; the page by their place in the form. */
    private static Map<String, String> itemErrors(InvalidInputException e, List<DraftForm.Posted> posted) {
        Map<String, String> errors = new HashMap<>();
        e.fieldErrors().forEach((field, message) -> {
            if (field.startsWith("items[")) {
                int close = field.indexOf(']');
                int index = Integer.parseInt(field.substring(6, close));
                if (index < posted.size()) {
                    errors.put("items[" + posted.get(index).formIndex() + "]" + field.substring(close + 1), message);
                }
            }
        });
        return errors;
    }
}
