package cn.scgov.bulletin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.shared.AccessRefused;
import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain. Browsers log in with a form (CSRF on, session with idle timeout);
 * API clients send HTTP Basic. A Basic login is kept in the session, so a client that keeps its
 * cookie pays for BCrypt once. Requests carrying an Authorization header are not exposed to CSRF
 * (browsers never get a Basic challenge here, so they never send such a header on their own).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    private static final RequestMatcher AUTHORIZATION_HEADER = request -> request.getHeader("Authorization") != null;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApplicationEventPublisher events, Directory directory)
            throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                                "/error", "/api/openapi/**", "/api/docs/**", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(new LoginFailureHandler()))
                .httpBasic(basic -> basic.securityContextRepository(new HttpSessionSecurityContextRepository())
                        .authenticationEntryPoint(apiEntryPoint()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(auditLogout(events)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(AUTHORIZATION_HEADER))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint(), API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(accessDenied(events)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .addFilterAfter(new PasswordChangeRequiredFilter(directory),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .requestCache(cache -> cache.requestCache(pageRequestCache()));
        return http.build();
    }

    /** Remembers a page a browser asked for before logging in; API calls are never replayed and get no session for it. */
    private static org.springframework.security.web.savedrequest.RequestCache pageRequestCache() {
        org.springframework.security.web.savedrequest.HttpSessionRequestCache cache =
                new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !API.matches(request));
        return cache;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** 401 as a problem detail; a Basic challenge only for clients that tried Basic. */
    private static AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, exception) -> {
            if (request.getHeader("Authorization") != null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"bulletin\", charset=\"UTF-8\"");
            }
            String detail = exception instanceof LockedException ? "账户已锁定，请稍后再试或联系安全管理员" : "请先登录，或用户名、密码不正确";
            writeProblem(response, HttpStatus.UNAUTHORIZED, "未登录", detail);
        };
    }

    private static AccessDeniedHandler accessDenied(ApplicationEventPublisher events) {
        AccessDeniedHandlerImpl pages = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            if (API.matches(request) && exception instanceof CsrfException && request.getUserPrincipal() == null) {
                // An anonymous API call without a session: what it lacks is credentials, not a token.
                writeProblem(response, HttpStatus.UNAUTHORIZED, "未登录", "请先登录，或用户名、密码不正确");
                return;
            }
            events.publishEvent(new AccessRefused(userOf(request), request.getMethod(), request.getRequestURI(),
                    exception.getMessage()));
            if (API.matches(request)) {
                writeProblem(response, HttpStatus.FORBIDDEN, "无权访问", "无权执行此操作，或页面已过期（CSRF 校验失败），请刷新后重试");
            } else {
                pages.handle(request, response, exception);
            }
        };
    }

    private static LogoutHandler auditLogout(ApplicationEventPublisher events) {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication != null) {
                events.publishEvent(ProcessLogged.of(AuditAction.LOGOUT, authentication.getName(), null));
            }
        };
    }

    private static String userOf(HttpServletRequest request) {
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    static void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }

    /** Sends the login page a reason: locked accounts are told so, everything else is "wrong credentials". */
    static class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
            String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
            getRedirectStrategy().sendRedirect(request, response, target);
        }
    }
}
