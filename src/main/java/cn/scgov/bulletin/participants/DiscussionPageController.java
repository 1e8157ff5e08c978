package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.discussion.Comment;
import cn.scgov.bulletin.discussion.Discussions;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The thread section the contribution page and the sign-off page load (htmx, on load) and post to: the
 * answer is the section again, with the new comment, or with the text kept and why it was refused.
 */
@Controller
class DiscussionPageController {

    static final String FRAGMENT = "discussion/thread :: thread";

    private final Discussions discussions;

    DiscussionPageController(Discussions discussions) {
        this.discussions = discussions;
    }

    @GetMapping("/contributions/{id}/discussion")
    String contributionThread(CurrentUser user, @PathVariable long id, Model model) {
        return show(model, discussions.ofContribution(user, id), "/contributions/" + id + "/discussion");
    }

    @PostMapping("/contributions/{id}/discussion")
    String postOnContribution(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
            Model model, HttpServletRequest request) {
        return post(model, request, "/contributions/" + id, "/contributions/" + id + "/discussion", text,
                () -> discussions.postOnContribution(user, id, text), () -> discussions.ofContribution(user, id));
    }

    @GetMapping("/issues/{id}/signoff/discussion")
    String issueThread(CurrentUser user, @PathVariable long id, Model model) {
        return show(model, discussions.ofIssue(user, id), "/issues/" + id + "/signoff/discussion");
    }

    @PostMapping("/issues/{id}/signoff/discussion")
    String postOnIssue(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
            Model model, HttpServletRequest request) {
        return post(model, request, "/issues/" + id + "/signoff", "/issues/" + id + "/signoff/discussion",
                text, () -> discussions.postOnIssue(user, id, text), () -> discussions.ofIssue(user, id));
    }

    private String post(Model model, HttpServletRequest request, String page, String action, String text,
            Supplier<Comment> posting, Supplier<Discussions.Thread> thread) {
        boolean htmx = request.getHeader("HX-Request") != null;
        if (htmx) {
            // The thread redrawn with the text kept; without htmx a refusal is the error page.
            RefusalRedraw.on(model, refusal -> {
                model.addAttribute("text", text);
                model.addAttribute("textError",
                        RefusalRedraw.fieldErrors(refusal).getOrDefault("text", refusal.getMessage()));
                return show(model, thread.get(), action);
            }, InvalidInputException.class, ConflictException.class);
        }
        posting.get();
        if (!htmx) {
            return "redirect:" + page + "#discussion";
        }
        model.addAttribute("posted", true);
        return show(model, thread.get(), action);
    }

    private static String show(Model model, Discussions.Thread thread, String action) {
        model.addAttribute("thread", thread);
        model.addAttribute("action", action);
        model.addAttribute("maxLength", Discussions.MAX_LENGTH);
        return FRAGMENT;
    }
}
