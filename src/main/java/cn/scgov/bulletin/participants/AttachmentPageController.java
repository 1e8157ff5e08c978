package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.attachment.Attachment;
import cn.scgov.bulletin.attachment.AttachmentService;
import java.io.IOException;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attachments of a contribution: a panel the contribution page loads (htmx) and a page of its own
 * (the same panel) without scripts. Uploading and removing go back to the contribution page.
 */
@Controller
class AttachmentPageController {

    private final AttachmentService service;

    AttachmentPageController(AttachmentService service) {
        this.service = service;
    }

    @GetMapping("/contributions/{id}/attachments")
    String attachments(CurrentUser user, @PathVariable long id, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("contributionId", id);
        model.addAttribute("attachments", service.list(user, id));
        model.addAttribute("canChange", service.canChange(user, id));
        model.addAttribute("maxMegabytes", service.settings().maxFileSize().toMegabytes());
        model.addAttribute("maxFiles", service.settings().maxFiles());
        return htmx != null ? "attachment/attachments :: panel" : "attachment/attachments";
    }

    @PostMapping("/contributions/{id}/attachments")
    String upload(CurrentUser user, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        RefusalRedirect.to("/contributions/" + id + "#attachments",
                InvalidInputException.class, ConflictException.class, ResponseStatusException.class);
        // The service decides who may add before it looks at the file: an auditor gets 403, not "choose a file".
        Attachment saved = file == null ? service.upload(user, id, null, null)
                : service.upload(user, id, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("flashSuccess", "已上传附件：" + saved.fileName() + "（SHA-256 " + saved.sha256() + "）");
        return "redirect:/contributions/" + id + "#attachments";
    }

    @PostMapping("/attachments/{id}/delete")
    String remove(CurrentUser user, @PathVariable long id, @RequestParam long contributionId, RedirectAttributes redirect) {
        RefusalRedirect.to("/contributions/" + contributionId + "#attachments", ConflictException.class);
        service.remove(user, id);
        redirect.addFlashAttribute("flashSuccess", "已删除附件");
        return "redirect:/contributions/" + contributionId + "#attachments";
    }
}
