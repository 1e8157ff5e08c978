/**
 * Security: one filter chain with form login for browsers (CSRF on) and HTTP Basic for API clients
 * (verified before CSRF, so only such requests skip it), BCrypt, one answer for every failed login,
 * lockout per account and throttling per client address (in the database), sessions in the database
 * (Spring Session JDBC) limited per account and ended on every node when the account is locked,
 * disabled or its password set, strict headers (CSP without inline script, HSTS over TLS,
 * Referrer-Policy), and the audit of logins, logouts, refused accesses and refused changes.
 * Controllers receive the caller as a {@link cn.scgov.bulletin.directory.CurrentUser} argument.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = {"directory", "shared"})
package cn.scgov.bulletin.security;
