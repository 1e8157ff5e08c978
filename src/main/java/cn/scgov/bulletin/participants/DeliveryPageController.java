package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.distribution.BulkAcknowledge;
import cn.scgov.bulletin.distribution.DistributionService;
import java.util.Locale;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.BulkWork;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.RefusalRedirect;

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

    private final BulkAcknowledge bulkAcknowledge;

    DeliveryPageController(DistributionService distribution, MessageSource messages, BulkAcknowledge bulkAcknowledge) {
        this.distribution = distribution;
        this.bulkAcknowledge = bulkAcknowledge;
        this.messages = messages;
    }

    @GetMapping("/deliveries")
    String received(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        cn.scgov.bulletin.shared.PageResult<DistributionService.Received> received =
                distribution.received(user, new PageRequest(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("deliveries", received);
        model.addAttribute("bulkAcknowledge", received.items().stream().filter(d -> d.acknowledgedAt() == null).count() > 1);
        return "distribution/deliveries";
    }

    /** 批量签收 after the page's one confirmation; the result per issue is shown on the list. */
    @PostMapping("/deliveries/bulk-acknowledge")
    String bulkAcknowledge(CurrentUser user, @RequestParam(required = false) java.util.List<Long> issueIds,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        RefusalRedirect.to("/deliveries" + (page > 0 ? "?page=" + page : ""),
                cn.scgov.bulletin.shared.InvalidInputException.class);
        java.util.List<BulkWork.Outcome> outcomes = bulkAcknowledge.acknowledge(user, issueIds);
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        distribution.received(user, new PageRequest(0, PageRequest.MAX_SIZE)).items().forEach(d ->
                labels.put(String.valueOf(d.issueId()), d.title() + " " + d.issueLine()));
        redirect.addFlashAttribute("bulkReport", BulkWork.Report.of(outcomes, id -> labels.getOrDefault(id, id)));
        return "redirect:/deliveries" + (page > 0 ? "?page=" + page : "");
    }

    @PostMapping("/deliveries/{issueId}/acknowledge")
    String acknowledge(CurrentUser user, @PathVariable long issueId, @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect, Locale locale) {
        RefusalRedirect.to("/deliveries" + (page > 0 ? "?page=" + page : ""), ConflictException.class);
        distribution.acknowledge(user, issueId);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("delivery.acknowledged", null, locale));
        return "redirect:/deliveries" + (page > 0 ? "?page=" + page : "");
    }
}
