package cn.scgov.bulletin.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.scgov.bulletin.shared.RequestRefused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records in the process log every attempt to change something that was refused as a client mistake
 * (400, 404, 405, 409, 413, 415, 422), with the caller and the reason the error handler gave: the
 * business step itself rolled back, its refusal stays. Refusals for lack of rights (403) are recorded
 * where they are decided.
 */
class RefusalAuditFilter extends OncePerRequestFilter {

    private static final Set<Integer> REFUSALS = Set.of(400, 404, 405, 409, 413, 415, 422);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApplicationEventPublisher events;

    RefusalAuditFilter(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (!READS.contains(request.getMethod()) && REFUSALS.contains(response.getStatus())) {
                Object reason = request.getAttribute(RequestRefused.REASON);
                events.publishEvent(new RequestRefused(user(), request.getMethod(), cut(request.getRequestURI(), 200),
                        response.getStatus(), reason == null ? null : cut(reason.toString(), 500)));
            }
        }
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
