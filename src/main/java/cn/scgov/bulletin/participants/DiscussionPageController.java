package cn.scgov.bulletin.participants;

import cn.scgov.bulletin.discussion.Comment;
import cn.scgov.bulletin.discussion.Discussions;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
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
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return post(model, request, response, "/contributions/" + id, "/contributions/" + id + "/discussion", text,
                () -> discussions.postOnContribution(user, id, text), () -> discussions.ofContribution(user, id));
    }

    @GetMapping("/issues/{id}/signoff/discussion")
    String issueThread(CurrentUser user, @PathVariable long id, Model model) {
        return show(model, discussions.ofIssue(user, id), "/issues/" + id + "/signoff/discussion");
    }

    @PostMapping("/issues/{id}/signoff/discussion")
    String postOnIssue(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        return post(model, request, response, "/issues/" + id + "/signoff", "/issues/" + id + "/signoff/discussion",
                text, () -> discussions.postOnIssue(user, id, text), () -> discussions.ofIssue(user, id));
    }

    private String post(Model model, HttpServletRequest request, HttpServletResponse response, String page,
            String action, String text, Supplier<Comment> posting, Supplier<Discussions.Thread> thread) {
        boolean htmx = request.getHeader("HX-Request") != null;
        try {
            posting.get();
        } catch (InvalidInputException | ConflictException e) {
            if (!htmx) {
                throw e;
            }
            response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("text", text);
            model.addAttribute("textError", e instanceof InvalidInputException invalid
                    ? invalid.fieldErrors().getOrDefault("text", e.getMessage()) : e.getMessage());
            return show(model, thread.get(), action);
        }
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
