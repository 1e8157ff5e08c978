package cn.scgov.bulletin.security;

import cn.scgov.bulletin.directory.Credentials;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins towards the lockout and records logins in the process log. */
@Component
class LoginAuditor {

    private final Credentials credentials;

    LoginAuditor(Credentials credentials) {
        this.credentials = credentials;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        credentials.recordSuccessfulLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        credentials.recordFailedLogin(event.getAuthentication().getName());
    }
}
