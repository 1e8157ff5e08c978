/**
 * Security: one filter chain with form login for browsers (CSRF on) and HTTP Basic for API
 * clients, BCrypt, lockout after repeated failed logins, idle session timeout, and the audit of
 * logins, logouts and refused accesses. Controllers receive the caller as a
 * {@link cn.scgov.bulletin.directory.CurrentUser} argument.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package cn.scgov.bulletin.security;
