package cn.scgov.bulletin.signoff;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Decisions and changes along an issue's sign-off chain, and the sign-off rules. */
public enum SignoffAction implements AuditAction {
    SIGNOFF_URGED,
    SIGNOFF_APPROVED,
    SIGNOFF_RETURNED,
    SIGNOFF_RETURNED_TO_STEP,
    SIGNOFF_APPROVAL_WITHDRAWN,
    SIGNOFF_SENDING_WITHDRAWN,
    SIGNER_ADDED,
    SIGNER_ADDED_BEFORE,
    SIGNER_REMOVED,
    SIGNOFF_RULES_CHANGED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary signoffActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
