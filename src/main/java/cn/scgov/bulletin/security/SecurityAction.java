package cn.scgov.bulletin.security;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Logout, sessions ended and throttled clients, as the security module logs them. */
public enum SecurityAction implements AuditAction {
    LOGOUT,
    SESSIONS_ENDED,
    LOGIN_THROTTLED(Outcome.REFUSED),
    API_THROTTLED(Outcome.REFUSED);

    private final Outcome outcome;

    SecurityAction() {
        this(Outcome.SUCCESS);
    }

    SecurityAction(Outcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary securityActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
