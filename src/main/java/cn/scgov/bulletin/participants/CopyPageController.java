package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.inbox.CopiedToMe;
import cn.scgov.bulletin.inbox.InboxService;
import cn.scgov.bulletin.inbox.InboxTab;
import cn.scgov.bulletin.inbox.IssueCopies;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.RefusalRedirect;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox's 抄送我的 tab, and copying an issue from its sign-off page. */
@Controller
class CopyPageController {

    private static final int PAGE_SIZE = 20;

    private final CopiedToMe mine;
    private final IssueCopies copies;
    private final InboxService inbox;
    private final MessageSource messages;

    CopyPageController(CopiedToMe mine, IssueCopies copies, InboxService inbox, MessageSource messages) {
        this.mine = mine;
        this.copies = copies;
        this.inbox = inbox;
        this.messages = messages;
    }

    @GetMapping("/inbox/cc")
    String page(CurrentUser user, @RequestParam(required = false) String show, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Boolean unread = "unread".equals(show) ? Boolean.TRUE : "read".equals(show) ? Boolean.FALSE : null;
        PageResult<CopiedToMe.CopiedIssue> rows = mine.list(user, unread, new PageRequest(Math.max(page, 0), PAGE_SIZE));
        Map<InboxTab, Long> counts = inbox.counts(user);
        model.addAttribute("tabs", InboxTab.values());
        model.addAttribute("counts", counts);
        model.addAttribute("ccUnread", mine.unread(user));
        model.addAttribute("show", unread == null ? "all" : unread ? "unread" : "read");
        model.addAttribute("rows", rows);
        return "inbox/cc";
    }

    @PostMapping("/issues/{id}/cc")
    String copy(CurrentUser user, @PathVariable long id, @RequestParam(required = false) List<String> usernames,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect, Locale locale) {
        RefusalRedirect.to("/issues/" + id + "/signoff", InvalidInputException.class, ConflictException.class)
                .keeping("ccNote", note);
        IssueCopies.Result result = copies.copy(user, id, usernames, note);
        redirect.addFlashAttribute("flashSuccess", result.added().isEmpty()
                ? messages.getMessage("cc.nothingNew", null, locale)
                : messages.getMessage("cc.sent", new Object[] {result.added().size()}, locale));
        return "redirect:/issues/" + id + "/signoff";
    }
}
