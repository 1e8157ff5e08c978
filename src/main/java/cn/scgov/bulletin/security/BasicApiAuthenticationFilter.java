package cn.scgov.bulletin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.cache.Cache;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for API clients, checked before CSRF so that exactly the requests whose Basic credentials
 * are verified in that request are exempt from it ({@link #VERIFIED}). A verified client keeps a session
 * (the usual concurrency limit applies), so BCrypt runs once per session: later requests of that session
 * carrying the very same Authorization header are verified against a keyed digest this node remembers of
 * it (cache {@value #DIGESTS}, in memory only, never in the session store; another node simply verifies the
 * header again, and {@link AccountStateFilter} checks the account on every request after it). A request with
 * any other Authorization value (a wrong password, a bearer token) is not verified: a wrong Basic password
 * is a 401, anything else is ignored here and gets no CSRF exemption.
 */
class BasicApiAuthenticationFilter extends OncePerRequestFilter {

    static final String VERIFIED = BasicApiAuthenticationFilter.class.getName() + ".VERIFIED";
    /** Set while this filter authenticates, so that the login's audit knows it is an HTTP Basic one ({@link ApiLoginLog}). */
    private static final ThreadLocal<Boolean> AUTHENTICATING = new ThreadLocal<>();
    static final String DIGESTS = "api-basic-digests";

    private final AuthenticationManager authentication;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextRepository contexts;
    private final BasicAuthenticationConverter converter = new BasicAuthenticationConverter();
    private final byte[] key = new byte[32];
    private final Cache verified;
    private volatile SessionAuthenticationStrategy sessions;

    BasicApiAuthenticationFilter(AuthenticationManager authentication, AuthenticationEntryPoint entryPoint,
            SecurityContextRepository contexts, Cache verified) {
        this.verified = verified;
        this.authentication = authentication;
        this.entryPoint = entryPoint;
        this.contexts = contexts;
        new SecureRandom().nextBytes(key);
        converter.setAuthenticationDetailsSource(new WebAuthenticationDetailsSource());
    }

    /** The session strategy of the filter chain (concurrency limit, fixation, registry), known once it is built. */
    void setSessionAuthenticationStrategy(SessionAuthenticationStrategy sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            UsernamePasswordAuthenticationToken token = converter.convert(request);
            if (token == null) {
                chain.doFilter(request, response);
                return;
            }
            byte[] digest = digest(header);
            Authentication current = SecurityContextHolder.getContext().getAuthentication();
            HttpSession session = request.getSession(false);
            boolean known = current != null && current.isAuthenticated() && current.getName().equals(token.getName())
                    && session != null && matches(session.getId(), digest);
            if (!known) {
                Authentication result;
                AUTHENTICATING.set(Boolean.TRUE);
                try {
                    result = authentication.authenticate(token);
                } finally {
                    AUTHENTICATING.remove();
                }
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(result);
                SecurityContextHolder.setContext(context);
                if (sessions != null) {
                    sessions.onAuthentication(result, request, response);
                }
                contexts.saveContext(context, request, response);
                remember(request.getSession().getId(), digest);
            }
            request.setAttribute(VERIFIED, Boolean.TRUE);
        } catch (AuthenticationException failed) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, failed);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the authentication under way on this thread is an HTTP Basic one of this filter. */
    static boolean authenticatingBasic() {
        return AUTHENTICATING.get() != null;
    }

    private boolean matches(String sessionId, byte[] digest) {
        byte[] known = verified.get(sessionId, byte[].class);
        return known != null && MessageDigest.isEqual(known, digest);
    }

    private void remember(String sessionId, byte[] digest) {
        verified.put(sessionId, digest);
    }

    private byte[] digest(String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(header.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
