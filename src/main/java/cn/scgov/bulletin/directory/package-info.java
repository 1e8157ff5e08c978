/**
 * Directory: departments (the windows in the hall and the centre's own teams), user accounts and
 * their roles (三员分立), passwords (the rules of 等保, history, expiry) and the two-person issuing of
 * one-time passwords ({@link cn.scgov.bulletin.directory.CredentialRequests}). Other modules read it
 * through {@link cn.scgov.bulletin.directory.Directory} and know the caller as a
 * {@link cn.scgov.bulletin.directory.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"shared"})
package cn.scgov.bulletin.directory;
