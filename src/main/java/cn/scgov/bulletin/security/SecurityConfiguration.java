package cn.scgov.bulletin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.shared.AccessRefused;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * The one security filter chain. Browsers log in with a form (CSRF on); API clients send HTTP Basic,
 * checked before CSRF so that only requests whose Basic credentials were verified in that very request
 * skip it. Sessions live in the database (Spring Session JDBC): an account holds at most
 * {@code bulletin.security.max-sessions-per-account} of them (a new login ends the oldest), and a lock,
 * a disabled account or a new password ends them on every node. Every answer to a failed login is the
 * same, whether the name is unknown, the password wrong or the account locked; failed logins and API
 * requests are throttled per client address. Pages and API carry a strict Content-Security-Policy (no
 * inline script), Referrer-Policy, and Strict-Transport-Security over TLS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'";

    private static final RequestMatcher API = Problems::isApi;
    private static final RequestMatcher VERIFIED_BY_BASIC = request ->
            Boolean.TRUE.equals(request.getAttribute(BasicApiAuthenticationFilter.VERIFIED));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApplicationEventPublisher events, Directory directory,
            Credentials credentials, TimeSource time, AuthenticationManager authenticationManager,
            SpringSessionBackedSessionRegistry<? extends Session> sessionRegistry, LoginThrottle loginThrottle,
            ApiRateLimit apiRateLimit, SecuritySettings settings, CacheManager caches)
            throws Exception {
        BasicApiAuthenticationFilter basic = new BasicApiAuthenticationFilter(authenticationManager, apiEntryPoint(),
                new HttpSessionSecurityContextRepository(), caches.getCache(BasicApiAuthenticationFilter.DIGESTS));
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                                "/error").permitAll()
                        // Only on the management port (bound to 127.0.0.1 unless the operator says otherwise):
                        // health for the balancer and the container, metrics for the scraper; the user port has no /actuator.
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, exception) ->
                                response.sendRedirect(request.getContextPath() + "/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(auditLogout(events)))
                .csrf(csrf -> csrf.ignoringRequestMatchers(VERIFIED_BY_BASIC))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(apiEntryPoint(), API)
                        .defaultAuthenticationEntryPointFor(pageEntryPoint(), request -> true)
                        .accessDeniedHandler(accessDenied(events)))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .addSessionAuthenticationStrategy(stampOnLogin(directory))
                        .maximumSessions(settings.maxSessionsPerAccount()).sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(sessionExpired()))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
                .addFilterBefore(new ThrottleFilter(loginThrottle, apiRateLimit), CsrfFilter.class)
                .addFilterBefore(basic, CsrfFilter.class)
                .addFilterBefore(new AccountStateFilter(directory, credentials, time), CsrfFilter.class)
                .addFilterAfter(new RefusalAuditFilter(events), AuthorizationFilter.class)
                .requestCache(cache -> cache.requestCache(pageRequestCache()));
        SecurityFilterChain chain = http.build();
        basic.setSessionAuthenticationStrategy(http.getSharedObject(SessionAuthenticationStrategy.class));
        return chain;
    }

    /**
     * One authentication for the form and for Basic. Whether an account may log in (locked, disabled) is
     * checked only after its password, so a locked account answers like a wrong password, in the same time.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(account -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    SpringSessionBackedSessionRegistry<? extends Session> sessionRegistry(
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new RequestSessionRegistry<>(sessions);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** A new session remembers the account's security stamp; when the stamp changes, the session ends. */
    private static SessionAuthenticationStrategy stampOnLogin(Directory directory) {
        return (authentication, request, response) -> directory.user(authentication.getName()).ifPresent(account ->
                request.getSession().setAttribute(AccountStateFilter.STAMP, account.securityStamp()));
    }

    /** Remembers a page a browser asked for before logging in; API calls are never replayed and get no session for it. */
    private static RequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !API.matches(request));
        return cache;
    }

    /** A session pushed out by a newer login of the same account (the limit of concurrent sessions). */
    private static SessionInformationExpiredStrategy sessionExpired() {
        return event -> {
            HttpServletRequest request = event.getRequest();
            HttpServletResponse response = event.getResponse();
            if (API.matches(request)) {
                Problems.write(response, HttpStatus.UNAUTHORIZED, "未登录",
                        "会话已结束：该账户在别处登录，同时在线的会话数超过上限，请重新登录");
            } else {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            }
        };
    }

    /**
     * 401 as a problem detail, the same whatever failed; a Basic challenge only for clients that tried Basic.
     * A request still carrying the cookie of a session that is over is told so.
     */
    static AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, exception) -> {
            if (request.getHeader("Authorization") != null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"bulletin\", charset=\"UTF-8\"");
                Problems.write(response, HttpStatus.UNAUTHORIZED, "未登录", "请先登录；" + Problems.UNAUTHENTICATED);
            } else if (sessionOver(request)) {
                Problems.write(response, HttpStatus.UNAUTHORIZED, "未登录",
                        "会话已结束（已超时，或账户已停用、锁定、密码已变更），请重新登录");
            } else {
                Problems.write(response, HttpStatus.UNAUTHORIZED, "未登录", "请先登录；" + Problems.UNAUTHENTICATED);
            }
        };
    }

    /** The login page; after a session that is over, with the reason shown there. */
    private static AuthenticationEntryPoint pageEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (sessionOver(request)) {
                response.sendRedirect(request.getContextPath() + "/login?ended");
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    private static boolean sessionOver(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static AccessDeniedHandler accessDenied(ApplicationEventPublisher events) {
        AccessDeniedHandlerImpl pages = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            String user = currentUser();
            if (API.matches(request) && exception instanceof CsrfException && user == null) {
                // An anonymous API call without a session: what it lacks is credentials, not a token.
                Problems.write(response, HttpStatus.UNAUTHORIZED, "未登录", "请先登录；" + Problems.UNAUTHENTICATED);
                return;
            }
            String reason = exception instanceof CsrfException ? "CSRF 校验失败（缺少或无效的令牌）" : exception.getMessage();
            events.publishEvent(new AccessRefused(user, request.getMethod(), request.getRequestURI(), reason));
            if (API.matches(request)) {
                Problems.write(response, HttpStatus.FORBIDDEN, "无权访问", "无权执行此操作，或页面已过期（CSRF 校验失败），请刷新后重试");
            } else {
                pages.handle(request, response, exception);
            }
        };
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())
                ? null : authentication.getName();
    }

    private static LogoutHandler auditLogout(ApplicationEventPublisher events) {
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            if (authentication != null) {
                events.publishEvent(ProcessLogged.of(SecurityAction.LOGOUT, authentication.getName(), null));
            }
        };
    }
}
