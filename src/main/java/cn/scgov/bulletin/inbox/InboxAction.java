package cn.scgov.bulletin.inbox;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Task operations and CC copies of an issue. */
public enum InboxAction implements AuditAction {
    ISSUE_COPIED,
    COPY_READ,
    TASK_CLAIMED,
    TASK_UNCLAIMED,
    TASK_TRANSFERRED,
    TASK_DELEGATED,
    TASK_RESOLVED,
    TASK_RECLAIMED,
    TASK_REASSIGNED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary inboxActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
