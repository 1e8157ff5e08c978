package cn.scgov.bulletin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password an administrator set (new or reset) must choose its own before doing
 * anything else: pages lead to the change-password page, the API answers 403.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private final Directory directory;

    PasswordChangeRequiredFilter(Directory directory) {
        this.directory = directory;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        UserAccount account = authentication == null || !authentication.isAuthenticated()
                ? null : directory.user(authentication.getName()).orElse(null);
        if (account != null && account.enabled()) {
            // Read once per request: controllers get this CurrentUser without reading the directory again.
            request.setAttribute(CurrentUserArgumentResolver.ATTRIBUTE, directory.currentUser(account));
        }
        if (account == null || allowed(request) || !account.mustChangePassword()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            SecurityConfiguration.writeProblem(response, HttpStatus.FORBIDDEN, "请先修改密码",
                    "管理员设置的初始密码须先修改（POST /api/me/password）");
        } else {
            response.sendRedirect(request.getContextPath() + "/password");
        }
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/password") || path.equals("/api/me") || path.equals("/api/me/password")
                || path.equals("/logout") || path.equals("/login") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error");
    }
}
