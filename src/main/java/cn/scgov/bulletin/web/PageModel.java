package cn.scgov.bulletin.web;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.notice.Notices;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;

/** What every page's header needs: the user and their unread notices. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final Directory directory;
    private final Notices notices;

    PageModel(Directory directory, Notices notices) {
        this.directory = directory;
        this.notices = notices;
    }

    @ModelAttribute
    void header(Model model, jakarta.servlet.http.HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return;
        }
        // The security filter has read the caller's account for this request already; read it again only without it.
        model.addAllAttributes(request.getAttribute(CurrentUser.class.getName()) instanceof CurrentUser user
                ? headerAttributes(user) : headerAttributes());
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        // Set by the security filter for a logged-in caller: warn ahead of the password's expiry.
        if (request.getAttribute(cn.scgov.bulletin.directory.Credentials.PasswordStatus.class.getName())
                instanceof cn.scgov.bulletin.directory.Credentials.PasswordStatus status && status.warn()) {
            model.addAttribute("passwordExpiresSoon", status.expiresAt());
        }
    }

    /** The header's attributes for the logged-in user (empty when nobody is), also for error pages. */
    java.util.Map<String, Object> headerAttributes() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())) {
            return java.util.Map.of();
        }
        return directory.currentUser(authentication.getName())
                .map(this::headerAttributes).orElse(java.util.Map.of());
    }

    private java.util.Map<String, Object> headerAttributes(CurrentUser user) {
        return java.util.Map.of("me", user, "unreadNotices", notices.unread(user));
    }

    static CurrentUser me(Model model) {
        return (CurrentUser) model.getAttribute("me");
    }
}
