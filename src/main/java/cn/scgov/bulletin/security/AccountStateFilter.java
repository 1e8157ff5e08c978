package cn.scgov.bulletin.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a logged-in caller re-reads their account from the database (so it holds on every
 * node): a session ends at once when the account was disabled, locked by the security administrator, or
 * its password set since the session began (the account's security stamp changed); a role or department
 * change simply applies. A caller whose password an administrator issued, or whose password expired,
 * may only change it: pages lead to the change-password page, the API answers 403.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String STAMP = AccountStateFilter.class.getName() + ".STAMP";
    static final String PASSWORD_STATUS = Credentials.PasswordStatus.class.getName();

    private final Directory directory;
    private final Credentials credentials;
    private final TimeSource time;

    AccountStateFilter(Directory directory, Credentials credentials, TimeSource time) {
        this.directory = directory;
        this.credentials = credentials;
        this.time = time;
    }

    /** Static files are public and change nothing: no account to read for them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/images/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        UserAccount account = directory.user(authentication.getName()).orElse(null);
        HttpSession session = request.getSession(false);
        Object stamp = session == null ? null : session.getAttribute(STAMP);
        if (account == null || !account.enabled() || account.lockedByAdministrator(time.now())
                || stamp instanceof Integer opened && opened != account.securityStamp()) {
            end(request, response);
            return;
        }
        if (session != null && stamp == null) {
            session.setAttribute(STAMP, account.securityStamp());
        }
        request.setAttribute(CurrentUserArgumentResolver.ATTRIBUTE, directory.currentUser(account));
        applyRoles(authentication, account);
        Credentials.PasswordStatus password = credentials.status(account);
        request.setAttribute(PASSWORD_STATUS, password);
        if (!password.mustChange() || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (Problems.isApi(request)) {
            Problems.write(response, HttpStatus.FORBIDDEN, "请先修改密码", password.expired()
                    ? "密码已过期，请先修改密码（POST /api/me/password）"
                    : "管理员发放的一次性密码须先修改（POST /api/me/password）");
        } else {
            response.sendRedirect(request.getContextPath() + "/password" + (password.expired() ? "?expired" : ""));
        }
    }

    /**
     * A role change applies at once to what the pages show by role too ({@code sec:authorize}): for this
     * request the authentication carries the account's roles as read now (its other authorities kept).
     */
    private static void applyRoles(Authentication authentication, UserAccount account) {
        Set<String> roles = account.roles().stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());
        List<GrantedAuthority> held = List.copyOf(authentication.getAuthorities());
        if (held.stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith("ROLE_"))
                .collect(Collectors.toSet()).equals(roles)) {
            return;
        }
        List<GrantedAuthority> now = new ArrayList<>(held.stream()
                .filter(authority -> !authority.getAuthority().startsWith("ROLE_")).toList());
        roles.forEach(role -> now.add(new SimpleGrantedAuthority(role)));
        UsernamePasswordAuthenticationToken current = UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), authentication.getCredentials(), now);
        current.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
    }

    /** The session is over: forget it here and answer as to someone not logged in. */
    private static void end(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        if (Problems.isApi(request)) {
            Problems.write(response, HttpStatus.UNAUTHORIZED, "未登录",
                    "会话已结束（账户已停用、锁定或密码已变更），请重新登录");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?ended");
        }
    }

    private static boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/password") || path.equals("/api/me") || path.equals("/api/me/password")
                || path.equals("/logout") || path.equals("/login") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/error")
                || path.equals("/favicon.ico");
    }
}
