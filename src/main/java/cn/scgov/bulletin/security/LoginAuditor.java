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
 * throttle (every failure), and records logins in the process log (an API client's repeated HTTP Basic logins
 * once per window, see {@link ApiLoginLog}; failures every time).
 */
@Component
class LoginAuditor {

    private final Credentials credentials;
    private final LoginThrottle throttle;
    private final ApiLoginLog apiLogins;

    LoginAuditor(Credentials credentials, LoginThrottle throttle, ApiLoginLog apiLogins) {
        this.credentials = credentials;
        this.throttle = throttle;
        this.apiLogins = apiLogins;
    }

    /** An HTTP Basic login is logged once per account and client address within a window; any other every time. */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        boolean writeLine = !BasicApiAuthenticationFilter.authenticatingBasic()
                || apiLogins.firstInWindow(username, ClientAddress.current().orElse(null));
        credentials.recordSuccessfulLogin(username, writeLine);
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
