package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.notice.Notice;
import cn.scgov.bulletin.notice.Notices;
import java.util.Locale;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's notices: all or unread only, open one (which marks it read), mark one or all read. */
@Controller
class NoticePageController {

    private static final int PAGE_SIZE = 20;

    private final Notices notices;
    private final MessageSource messages;

    NoticePageController(Notices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping("/notices")
    String list(CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("notices", notices.list(user, unread, new PageRequest(Math.max(page, 0), PAGE_SIZE)));
        return "notice/notices";
    }

    /** Marks the notice read and goes where it points (always a page of this application). */
    @PostMapping("/notices/{id}/open")
    String open(CurrentUser user, @PathVariable long id) {
        Notice notice = notices.open(user, id);
        return "redirect:" + local(notice.link());
    }

    @PostMapping("/notices/{id}/read")
    String read(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page) {
        notices.markRead(user, id);
        return "redirect:" + back(unread, page);
    }

    /** The header's notices link with the unread count, refreshed by the page (js/notice-badge.js). */
    @GetMapping("/notices/unread-badge")
    String badge() {
        return "notice/badge :: badge";
    }

    @GetMapping("/notices/settings")
    String settings(CurrentUser user, Model model) {
        model.addAttribute("delivery", notices.delivery(user));
        model.addAttribute("errors", java.util.Map.of());
        return "notice/settings";
    }

    @PostMapping("/notices/settings")
    String choose(CurrentUser user, @RequestParam(required = false) String mode,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect, Locale locale) {
        RefusalRedraw.on(model, refusal -> {
            model.addAttribute("delivery", notices.delivery(user));
            model.addAttribute("errors", java.util.Map.of("mode", refusal.getMessage()));
            return "notice/settings";
        }, cn.scgov.bulletin.shared.InvalidInputException.class, cn.scgov.bulletin.shared.ConflictException.class);
        notices.choose(user, mode, version);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("notice.settings.saved", null, locale));
        return "redirect:/notices/settings";
    }

    @PostMapping("/notices/read-all")
    String readAll(CurrentUser user, RedirectAttributes redirect, Locale locale) {
        notices.markAllRead(user);
        redirect.addFlashAttribute("flashSuccess", messages.getMessage("notice.allRead", null, locale));
        return "redirect:/notices";
    }

    private static String back(boolean unread, int page) {
        return "/notices" + (unread ? "?unread=true" + (page > 0 ? "&page=" + page : "") : (page > 0 ? "?page=" + page : ""));
    }

    private static String local(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            return "/notices";
        }
        return link;
    }
}
