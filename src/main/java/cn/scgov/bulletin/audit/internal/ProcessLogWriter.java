package cn.scgov.bulletin.audit.internal;

import cn.scgov.bulletin.audit.Actors;
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
    private final Actors actors;
    private final TimeSource time;

    ProcessLogWriter(ProcessLogRepository log, Actors actors, TimeSource time) {
        this.log = log;
        this.actors = actors;
        this.time = time;
    }

    @EventListener
    void on(AuditableEvent event) {
        Actors.Actor actor = event.actor() == null ? null : actors.actor(event.actor());
        log.insert(event, time.now(), actor == null ? (event.actor() == null ? "系统" : null) : actor.name(),
                actor == null ? null : actor.department(), ClientAddress.current().orElse(null));
    }
}
