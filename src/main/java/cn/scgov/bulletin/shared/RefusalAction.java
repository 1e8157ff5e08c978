package cn.scgov.bulletin.shared;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The refusals every module's requests may meet: {@link AccessRefused} and {@link RequestRefused}. */
public enum RefusalAction implements AuditAction {
    ACCESS_DENIED,
    REQUEST_REFUSED;

    @Override
    public Outcome outcome() {
        return Outcome.REFUSED;
    }

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary refusalActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
