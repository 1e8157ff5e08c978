package cn.scgov.bulletin.audit;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What is done to the process log itself: exports and purges. */
public enum AuditLogAction implements AuditAction {
    AUDIT_EXPORTED,
    AUDIT_PURGED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary auditLogActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
