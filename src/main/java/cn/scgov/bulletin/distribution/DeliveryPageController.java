package cn.scgov.bulletin.distribution;

import java.util.Locale;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.PageRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A recipient's received issues (收文): open the document, acknowledge receipt (签收). */
@Controller
class DeliveryPageController {

    private static final int PAGE_SIZE = 20;

    private final DistributionService distribution;
    private final MessageSource messages;

    DeliveryPageController(DistributionService distribution, MessageSource messages) {
        this.distribution = distribution;
        this.messages = messages;
    }

    @GetMapping("/deliveries")
    String received(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("deliveries", distribution.received(user, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
        return "distribution/deliveries";
    }

    @PostMapping("/deliveries/{issueId}/acknowledge")
    String acknowledge(CurrentUser user, @PathVariable long issueId, @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect, Locale locale) {
        try {
            distribution.acknowledge(user, issueId);
            redirect.addFlashAttribute("flashSuccess", messages.getMessage("delivery.acknowledged", null, locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/deliveries" + (page > 0 ? "?page=" + page : "");
    }
}
