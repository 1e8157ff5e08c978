package cn.scgov.bulletin.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.scgov.bulletin.support.ApiTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Two requests of one session (two tabs, a page and its htmx call, or two nodes) read the session, both add
 * the same attribute and both save: neither fails, and the later write is what the next request reads.
 */
class ConcurrentSessionWritesTests extends ApiTestSupport {

    @Autowired
    private JdbcIndexedSessionRepository repository;

    @Test
    @SuppressWarnings("unchecked")
    void twoRequestsAddingTheSameAttributeBothSucceedAndTheLaterWins() {
        SessionRepository<Session> sessions = (SessionRepository<Session>) (SessionRepository<?>) repository;
        Session session = sessions.createSession();
        sessions.save(session);
        Session first = sessions.findById(session.getId());
        Session second = sessions.findById(session.getId());

        first.setAttribute("lastIssue", "1");
        second.setAttribute("lastIssue", "2");
        sessions.save(first);
        sessions.save(second);

        Session read = sessions.findById(session.getId());
        assertThat((String) read.getAttribute("lastIssue")).isEqualTo("2");
        sessions.deleteById(session.getId());
    }
}
