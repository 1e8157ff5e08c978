package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.shared.AuditableEvent;
import cn.scgov.bulletin.shared.ClientAddress;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every auditable event as it is published, inside the publisher's transaction: a step and
 * its log line commit together or not at all.
 */
@Component
class ProcessLogWriter {

    private final ProcessLogRepository log;
    private final Directory directory;
    private final TimeSource time;

    ProcessLogWriter(ProcessLogRepository log, Directory directory, TimeSource time) {
        this.log = log;
        this.directory = directory;
        this.time = time;
    }

    /** Who an actor is, as last read; busy users act many times a minute, so a short-lived copy serves. */
    private record Actor(String name, String department, long readAt) {
    }

    private static final long ACTOR_TTL_NANOS = 30_000_000_000L;
    private final java.util.Map<String, Actor> actors = new java.util.concurrent.ConcurrentHashMap<>();

    @EventListener
    void on(AuditableEvent event) {
        Actor actor = actor(event.actor());
        log.insert(event, time.now(), actor == null ? (event.actor() == null ? "系统" : null) : actor.name(),
                actor == null ? null : actor.department(), ClientAddress.current().orElse(null));
    }

    private Actor actor(String username) {
        if (username == null) {
            return null;
        }
        Actor known = actors.get(username);
        if (known != null && System.nanoTime() - known.readAt() < ACTOR_TTL_NANOS) {
            return known;
        }
        UserAccount account = directory.user(username).orElse(null);
        if (account == null) {
            return null;
        }
        if (actors.size() > 10_000) {
            actors.clear();
        }
        Actor actor = new Actor(account.displayName(), account.departmentCode(), System.nanoTime());
        actors.put(username, actor);
        return actor;
    }
}
