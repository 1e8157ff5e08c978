package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.incident.Incident;
import cn.scgov.bulletin.incident.Incidents;
import java.util.List;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.NotFoundException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's incidents page: failed and dead-letter jobs, their errors, retry one or all. */
@Controller
class IncidentPageController {

    private final Incidents incidents;

    IncidentPageController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/admin/incidents")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("incidents", incidents.list(user, new PageRequest(Math.max(page, 0), 50)));
        return "admin/incidents";
    }

    /** The stack trace, loaded when its details are opened (htmx), or as a page of its own without script. */
    @GetMapping("/admin/incidents/{jobId}/stacktrace")
    String stacktrace(CurrentUser user, @PathVariable String jobId, Model model) {
        model.addAttribute("jobId", jobId);
        model.addAttribute("stacktrace", incidents.stacktrace(user, jobId));
        return "admin/incident-stacktrace :: stacktrace";
    }

    @PostMapping("/admin/incidents/{jobId}/retry")
    String retry(CurrentUser user, @PathVariable String jobId, RedirectAttributes redirect) {
        RefusalRedirect.to("/admin/incidents", NotFoundException.class, ConflictException.class);
        incidents.retry(user, jobId);
        redirect.addFlashAttribute("flashSuccess", "已重试作业 " + jobId + "，作业执行器稍后执行");
        return "redirect:/admin/incidents";
    }

    @PostMapping("/admin/incidents/retry-all")
    String retryAll(CurrentUser user, RedirectAttributes redirect) {
        List<Incident.RetryResult> results = incidents.retryAll(user);
        long retried = results.stream().filter(r -> r.outcome().equals("RETRIED")).count();
        if (retried == results.size()) {
            redirect.addFlashAttribute("flashSuccess", "已重试全部 " + retried + " 个失败作业，作业执行器稍后执行");
        } else {
            redirect.addFlashAttribute("flashError", "已重试 " + retried + " 个，" + (results.size() - retried)
                    + " 个未重试（已由他人处理或已不存在），请查看列表");
        }
        return "redirect:/admin/incidents";
    }
}
