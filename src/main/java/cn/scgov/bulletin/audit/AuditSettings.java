package cn.scgov.bulletin.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the process log ({@code bulletin.audit.*}, defaults in {@code application.yml}).
 *
 * @param retentionDays lines older than this many days are deleted; 0 keeps them forever, otherwise at least 183
 * @param purgeCron     when the old lines are deleted (in {@code bulletin.zone})
 */
@ConfigurationProperties("bulletin.audit")
public record AuditSettings(int retentionDays, String purgeCron) {
}
