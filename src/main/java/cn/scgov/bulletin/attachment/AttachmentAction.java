package cn.scgov.bulletin.attachment;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Files added to and removed from a contribution. */
public enum AttachmentAction implements AuditAction {
    ATTACHMENT_UPLOADED,
    ATTACHMENT_REMOVED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary attachmentActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
