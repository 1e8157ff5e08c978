package cn.scgov.bulletin.calendar;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Changes to the workday calendar. */
public enum CalendarAction implements AuditAction {
    CALENDAR_IMPORTED,
    CALENDAR_DAY_CHANGED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary calendarActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
