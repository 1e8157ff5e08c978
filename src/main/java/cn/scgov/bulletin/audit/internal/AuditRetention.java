package cn.scgov.bulletin.audit.internal;

import cn.scgov.bulletin.audit.AuditSettings;
import java.time.Duration;
import java.time.Instant;

import cn.scgov.bulletin.audit.AuditLogAction;
import cn.scgov.bulletin.shared.ProcessLogged;
import cn.scgov.bulletin.shared.TimeSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * How long the process log is kept: {@code bulletin.audit.retention-days} (default 365), never less than
 * 183 days (six months, as 等保 requires); 0 keeps every line forever. Once a day older lines are
 * deleted, and the purge itself is a line of the log. Nothing else in the application changes or deletes
 * a line. Several nodes may purge at the same time; the second finds nothing to delete.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class AuditRetention {

    static final int MINIMUM_DAYS = 183;
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final ProcessLogRepository repository;
    private final TimeSource time;
    private final ApplicationEventPublisher events;
    private final int days;

    public AuditRetention(ProcessLogRepository repository, TimeSource time, ApplicationEventPublisher events,
            AuditSettings settings) {
        int days = settings.retentionDays();
        if (days != 0 && days < MINIMUM_DAYS) {
            throw new IllegalStateException("bulletin.audit.retention-days must be 0 (keep forever) or at least "
                    + MINIMUM_DAYS + " (six months); it is " + days);
        }
        this.repository = repository;
        this.time = time;
        this.events = events;
        this.days = days;
    }

    @Scheduled(cron = "${bulletin.audit.purge-cron}", zone = "${bulletin.zone}")
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the lines older than the retention; returns how many. */
    public int purge() {
        if (days == 0) {
            return 0;
        }
        Instant cutoff = time.now().minus(Duration.ofDays(days));
        int deleted = repository.deleteOlderThan(cutoff);
        if (deleted > 0) {
            log.info("Process log: deleted {} lines older than {} days", deleted, days);
            events.publishEvent(ProcessLogged.of(AuditLogAction.AUDIT_PURGED, null,
                    "删除 " + days + " 天前（" + cutoff.atZone(time.zone()).toLocalDate() + " 以前）的日志 " + deleted + " 条"));
        }
        return deleted;
    }

    public int days() {
        return days;
    }
}
