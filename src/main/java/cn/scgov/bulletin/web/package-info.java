/**
 * The browser's shell: login, home and the shared layout. Feature pages live with their features.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package cn.scgov.bulletin.web;
