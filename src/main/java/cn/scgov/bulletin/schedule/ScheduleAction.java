package cn.scgov.bulletin.schedule;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bulletin schedules, their occurrences and automatic openings. */
public enum ScheduleAction implements AuditAction {
    SCHEDULE_CHANGED,
    OCCURRENCE_SKIPPED,
    OCCURRENCE_MOVED,
    OCCURRENCE_RESTORED,
    SCHEDULED_OPENING_FAILED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary scheduleActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
