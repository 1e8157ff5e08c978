package cn.scgov.bulletin.notice;

import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.notice.internal.MailOutbox;
import cn.scgov.bulletin.notice.internal.NoticeTemplates;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Notice templates and the e-mail outbox, for the system administrator. */
@RestController
class NoticeAdminController {

    private final NoticeAdministration administration;

    NoticeAdminController(NoticeAdministration administration) {
        this.administration = administration;
    }

    record TemplateRequest(String subject, String body, Integer version) {
    }

    record VersionRequest(Integer version) {
    }

    record MailList(boolean mailServer, Map<MailOutbox.Status, Long> counts, PageResult<MailOutbox.Mail> mails) {
    }

    @GetMapping("/api/notice-templates")
    List<NoticeTemplates.Template> templates(CurrentUser user) {
        return administration.templates(user);
    }

    @GetMapping("/api/notice-templates/{kind}")
    NoticeTemplates.Template template(CurrentUser user, @PathVariable String kind) {
        return administration.template(user, kind);
    }

    @PutMapping("/api/notice-templates/{kind}")
    NoticeTemplates.Template save(CurrentUser user, @PathVariable String kind, @RequestBody TemplateRequest request) {
        return administration.saveTemplate(user, kind, request.subject(), request.body(), request.version());
    }

    @PostMapping("/api/notice-templates/{kind}/reset")
    NoticeTemplates.Template reset(CurrentUser user, @PathVariable String kind, @RequestBody VersionRequest request) {
        return administration.resetTemplate(user, kind, request.version());
    }

    @PostMapping("/api/notice-templates/{kind}/preview")
    NoticeTemplates.Rendered preview(CurrentUser user, @PathVariable String kind, @RequestBody TemplateRequest request) {
        return administration.preview(user, kind, request.subject(), request.body());
    }

    /** Failed and waiting e-mails (or those of one status: PENDING, FAILED, SENT), newest first, with their error. */
    @GetMapping("/api/mail-outbox")
    MailList mails(CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageResult<MailOutbox.Mail> mails = administration.mails(user, status, PageRequest.of(page, size, 50));
        return new MailList(administration.mailEnabled(), administration.mailCounts(user), mails);
    }

    @PostMapping("/api/mail-outbox/{id}/retry")
    MailOutbox.Mail retry(CurrentUser user, @PathVariable long id) {
        return administration.retry(user, id);
    }
}
