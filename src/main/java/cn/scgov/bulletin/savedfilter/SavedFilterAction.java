package cn.scgov.bulletin.savedfilter;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A user's saved filters. */
public enum SavedFilterAction implements AuditAction {
    FILTER_SAVED,
    FILTER_DELETED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary savedFilterActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
