package cn.scgov.bulletin.directory;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sign-in, accounts, departments and the two-person credential requests, as the directory logs them. */
public enum DirectoryAction implements AuditAction {
    LOGIN,
    LOGIN_FAILED(Outcome.FAILURE),
    ACCOUNT_LOCKED,
    DEPARTMENT_CREATED,
    DEPARTMENT_UPDATED,
    USER_CREATED,
    USER_UPDATED,
    ROLES_CHANGED,
    ACCOUNT_UNLOCKED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    CREDENTIAL_REQUESTED,
    CREDENTIAL_CONFIRMED,
    CREDENTIAL_CANCELLED;

    private final Outcome outcome;

    DirectoryAction() {
        this(Outcome.SUCCESS);
    }

    DirectoryAction(Outcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary directoryActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
