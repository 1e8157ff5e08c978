package cn.scgov.bulletin.security;

import java.util.Map;

import jakarta.servlet.http.HttpSession;

import cn.scgov.bulletin.directory.AccountSecurityChanged;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.shared.ProcessLogged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends every session of an account, on every node (sessions live in the database), once a change that
 * requires it has committed: a lock, a disabled account, a new password. The session of the request that
 * made the change survives when asked (the owner who changed their own password) and takes the account's
 * new stamp; every other one is deleted, and any a node still holds fails the stamp check of
 * {@link AccountStateFilter} at its next request.
 */
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions, Directory directory,
            ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.directory = directory;
        this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountSecurityChanged changed) {
        HttpSession current = currentSession(changed.keepCurrentSession());
        if (current != null) {
            directory.user(changed.username()).ifPresent(account ->
                    current.setAttribute(AccountStateFilter.STAMP, account.securityStamp()));
        }
        Map<String, ? extends Session> open = sessions.findByPrincipalName(changed.username());
        int ended = 0;
        for (String id : open.keySet()) {
            if (current == null || !id.equals(current.getId())) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            events.publishEvent(ProcessLogged.of(SecurityAction.SESSIONS_ENDED, null,
                    changed.username() + "：" + changed.reason() + "，结束其 " + ended + " 个会话"));
        }
    }

    private static HttpSession currentSession(boolean keep) {
        if (keep && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(false);
        }
        return null;
    }
}
