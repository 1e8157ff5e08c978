package cn.scgov.bulletin.issue;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An issue's life: opened, collection closed, cancelled, signed off, its date, period line and print run. */
public enum IssueAction implements AuditAction {
    ISSUE_OPENED,
    COLLECTION_CLOSED,
    ISSUE_CANCELLED,
    ISSUE_SIGNED_OFF,
    PRINT_COPIES_CHANGED,
    PERIOD_LINE_CHANGED,
    ISSUE_DATE_SET;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary issueActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
