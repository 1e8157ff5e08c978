package cn.scgov.bulletin.security;

import cn.scgov.bulletin.directory.Credentials;
import cn.scgov.bulletin.shared.ClientAddress;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins towards the account's lockout (wrong passwords) and the client address's
 * throttle (every failure), and records logins in the process log.
 */
@Component
class LoginAuditor {

    private final Credentials credentials;
    private final LoginThrottle throttle;

    LoginAuditor(Credentials credentials, LoginThrottle throttle) {
        this.credentials = credentials;
        this.throttle = throttle;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        credentials.recordSuccessfulLogin(event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            credentials.recordFailedLogin(event.getAuthentication().getName());
        } else {
            credentials.recordRefusedLogin(event.getAuthentication().getName(), event.getException().getMessage());
        }
        ClientAddress.current().ifPresent(throttle::recordFailure);
    }
}
