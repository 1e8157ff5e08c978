package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.directory.UserAccount;
import cn.scgov.bulletin.shared.AuditableEvent;
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

    @EventListener
    void on(AuditableEvent event) {
        UserAccount actor = directory.user(event.actor()).orElse(null);
        log.insert(event, time.now(), actor == null ? (event.actor() == null ? "系统" : null) : actor.displayName(),
                actor == null ? null : actor.departmentCode());
    }
}
