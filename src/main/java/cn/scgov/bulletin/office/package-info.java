/**
 * The office's pages: the issues list, the issue workspace, compiling (items, layout, images, item history),
 * sign-off and its operations, urging recipients, the schedule board and opening figures. Page controllers and
 * page models only; they call the features' public services (styles {@code office.css}, labels
 * {@code i18n/office}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Office pages",
        allowedDependencies = {"bulletin", "calendar", "compilation", "contribution", "directory", "distribution", "inbox", "issue", "schedule", "shared", "signoff"})
package cn.scgov.bulletin.office;
