package cn.scgov.bulletin.office;

import cn.scgov.bulletin.distribution.RecipientUrges;
import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The issue page's button that urges every recipient still to acknowledge. */
@Controller
class RecipientUrgePageController {

    private final RecipientUrges urges;

    RecipientUrgePageController(RecipientUrges urges) {
        this.urges = urges;
    }

    @PostMapping("/issues/{id}/recipients/urge")
    String urge(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        RefusalRedirect.to("/issues/" + id + "#recipients", ConflictException.class);
        int count = urges.urge(user, id, null, null).size();
        redirect.addFlashAttribute("flashSuccess", "已催办 " + count + " 位未签收的收文人");
        return "redirect:/issues/" + id + "#recipients";
    }
}
