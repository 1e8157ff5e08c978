package cn.scgov.bulletin.oversight;

import cn.scgov.bulletin.notice.NoticeAdministration;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.notice.internal.NoticeTemplates;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.RefusalRedirect;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator's pages: notice templates (edit, preview, reset) and the e-mail outbox (retry). */
@Controller
class NoticeAdminPageController {

    private final NoticeAdministration administration;

    NoticeAdminPageController(NoticeAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/notice-templates")
    String templates(CurrentUser user, Model model) {
        model.addAttribute("templates", administration.templates(user));
        model.addAttribute("mailServer", administration.mailEnabled());
        return "notice/templates";
    }

    @GetMapping("/admin/notice-templates/{kind}")
    String template(CurrentUser user, @PathVariable String kind, Model model) {
        NoticeTemplates.Template template = administration.template(user, kind);
        return editPage(model, template, template.subject(), template.body(), null, Map.of());
    }

    @PostMapping("/admin/notice-templates/{kind}")
    String save(CurrentUser user, @PathVariable String kind, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        NoticeTemplates.Template template = administration.template(user, kind);
        RefusalRedraw.on(model, refusal -> editPage(model, template, subject, body, null,
                refusal instanceof InvalidInputException invalid ? errors(invalid) : Map.of("", refusal.getMessage())),
                InvalidInputException.class, ConflictException.class);
        NoticeTemplates.Template saved = administration.saveTemplate(user, kind, subject, body, version);
        redirect.addFlashAttribute("flashSuccess", "已保存“" + saved.label() + "”通知模板");
        return "redirect:/admin/notice-templates/" + saved.kind().name();
    }

    /** The preview: the part of the page (htmx) or the whole page with it (without script). */
    @PostMapping("/admin/notice-templates/{kind}/preview")
    String preview(CurrentUser user, @PathVariable String kind, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        NoticeTemplates.Template template = administration.template(user, kind);
        String view = htmx != null ? "notice/template :: preview" : "notice/template";
        RefusalRedraw.on(model, refusal -> {
            editPage(model, template, subject, body, null, errors((InvalidInputException) refusal));
            return view;
        }, InvalidInputException.class);
        NoticeTemplates.Rendered preview = administration.preview(user, kind, subject, body);
        editPage(model, template, subject, body, preview, Map.of());
        return view;
    }

    @PostMapping("/admin/notice-templates/{kind}/reset")
    String reset(CurrentUser user, @PathVariable String kind, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        String page = "/admin/notice-templates/" + administration.template(user, kind).kind().name();
        RefusalRedirect.to(page, ConflictException.class, InvalidInputException.class);
        NoticeTemplates.Template saved = administration.resetTemplate(user, kind, version);
        redirect.addFlashAttribute("flashSuccess", "已将“" + saved.label() + "”恢复为系统默认模板");
        return "redirect:" + page;
    }

    @GetMapping("/admin/mail")
    String mails(CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("mails", administration.mails(user, status, new PageRequest(Math.max(page, 0), 50)));
        model.addAttribute("counts", administration.mailCounts(user));
        model.addAttribute("mailServer", administration.mailEnabled());
        return "notice/mail";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String status,
            RedirectAttributes redirect) {
        boolean known = status != null && status.matches("PENDING|FAILED|SENT");
        RefusalRedirect.to("/admin/mail" + (known ? "?status=" + status : ""), ConflictException.class);
        var mail = administration.retry(user, id);
        redirect.addFlashAttribute("flashSuccess", "已安排重发：" + mail.address());
        return "redirect:/admin/mail" + (known ? "?status=" + status : "");
    }

    private static String editPage(Model model, NoticeTemplates.Template template, String subject, String body,
            NoticeTemplates.Rendered preview, Map<String, String> errors) {
        model.addAttribute("template", template);
        model.addAttribute("subject", subject == null ? "" : subject);
        model.addAttribute("body", body == null ? "" : body);
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        return "notice/template";
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
        if (errors.isEmpty()) {
            errors.put("", e.getMessage());
        }
        return errors;
    }
}
