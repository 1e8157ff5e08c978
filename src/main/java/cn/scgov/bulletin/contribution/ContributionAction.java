package cn.scgov.bulletin.contribution;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A department's contribution: drafting, review, reminders and urges. */
public enum ContributionAction implements AuditAction {
    CONTRIBUTION_SAVED,
    CONTRIBUTION_SUBMITTED,
    NOTHING_TO_REPORT,
    CONTRIBUTION_WITHDRAWN,
    CONTRIBUTION_ACCEPTED,
    CONTRIBUTION_RETURNED,
    CONTRIBUTION_REOPENED,
    CONTRIBUTION_NOT_SUBMITTED,
    CONTRIBUTION_OVERDUE,
    REMINDER_SENT,
    URGED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary contributionActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
