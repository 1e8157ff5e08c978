/**
 * Directory: departments (the windows in the hall and the centre's own teams), user accounts and
 * their roles. Other modules read it through {@link cn.scgov.bulletin.directory.Directory} and know
 * the caller as a {@link cn.scgov.bulletin.directory.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package cn.scgov.bulletin.directory;
