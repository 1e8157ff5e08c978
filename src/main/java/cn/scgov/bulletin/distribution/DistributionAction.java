package cn.scgov.bulletin.distribution;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Delivery of an issue and its recipients' receipts. */
public enum DistributionAction implements AuditAction {
    ISSUE_DISTRIBUTED,
    RECEIPT_URGED,
    RECEIPT_ACKNOWLEDGED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary distributionActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
