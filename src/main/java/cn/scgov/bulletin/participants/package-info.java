/**
 * Participants' pages: the inbox, CC copies, contributions being drafted and reviewed, attachments, discussions,
 * deliveries to acknowledge, notices, saved filters and the archive search. Page controllers and page models
 * only; they call the features' public services, which own the rules (styles {@code participants.css},
 * labels {@code i18n/participants}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Participants' pages",
        allowedDependencies = {"archive", "attachment", "bulletin", "contribution", "directory", "discussion", "distribution", "inbox", "issue", "notice", "savedfilter", "shared"})
package cn.scgov.bulletin.participants;
