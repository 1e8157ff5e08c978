package cn.scgov.bulletin.audit.internal;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.shared.AuditableEvent;
import cn.scgov.bulletin.shared.ClientAddress;
import cn.scgov.bulletin.shared.SharedCaches;
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
    private final SharedCaches caches;

    ProcessLogWriter(ProcessLogRepository log, Directory directory, TimeSource time, SharedCaches caches) {
        this.caches = caches;
        this.log = log;
        this.directory = directory;
        this.time = time;
    }

    /** Who an actor is; busy users act many times a minute, so it is cached (dropped when any profile changes). */
    private record Actor(String name, String department) {
    }

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
        return caches.get("accounts", username, () -> directory.user(username)
                .map(account -> new Actor(account.displayName(), account.departmentCode())).orElse(null));
    }
}
