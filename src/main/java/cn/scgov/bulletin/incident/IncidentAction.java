package cn.scgov.bulletin.incident;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Failed jobs retried by the system administrator. */
public enum IncidentAction implements AuditAction {
    JOB_RETRIED,
    ALL_JOBS_RETRIED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary incidentActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
