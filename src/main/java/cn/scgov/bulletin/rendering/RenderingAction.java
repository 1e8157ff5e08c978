package cn.scgov.bulletin.rendering;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signed-off issue's documents frozen. */
public enum RenderingAction implements AuditAction {
    DOCUMENTS_FROZEN;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary renderingActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
