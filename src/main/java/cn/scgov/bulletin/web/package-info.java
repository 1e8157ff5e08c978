/**
 * The browser's shell: login, home and the shared layout. Feature pages live with their features.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"directory", "notice", "shared"})
package cn.scgov.bulletin.web;
