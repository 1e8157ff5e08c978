package cn.scgov.bulletin.security;

import java.util.Date;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The session registry behind the per-account session limit. The limit's filter asks it on every request whether
 * the caller's session was expired (by a later login, on any node); Spring Session's registry answered by reading
 * the session's rows again. For the request's own session this one answers from the copy the request read from the
 * database a moment before, which shows an expiry or an ending done on another node just the same; any other
 * session is read as before.
 */
final class RequestSessionRegistry<S extends Session> extends SpringSessionBackedSessionRegistry<S> {

    /** Where Spring Session's registry marks a session expired (SpringSessionBackedSessionInformation.EXPIRED_ATTR). */
    static final String EXPIRED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";
    private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    RequestSessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        super(sessions);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = currentSession();
        if (current == null || !current.getId().equals(sessionId)) {
            return super.getSessionInformation(sessionId);
        }
        SessionInformation information = new SessionInformation(principal(current), sessionId,
                new Date(current.getLastAccessedTime()));
        if (current.getAttribute(EXPIRED) != null) {
            information.expireNow();
        }
        return information;
    }

    private static HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            try {
                return attributes.getRequest().getSession(false);
            } catch (IllegalStateException invalidated) {
                return null;
            }
        }
        return null;
    }

    private static String principal(HttpSession session) {
        Object name = session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        if (name instanceof String text) {
            return text;
        }
        if (session.getAttribute(SECURITY_CONTEXT) instanceof SecurityContext context && context.getAuthentication() != null) {
            return context.getAuthentication().getName();
        }
        return "";
    }
}
