/**
 * The browser's shell: login, home, the shared layout and error pages. Feature pages live in the page modules
 * (participants, office, oversight).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = {"directory", "notice", "shared"})
package cn.scgov.bulletin.web;
