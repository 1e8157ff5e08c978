package cn.scgov.bulletin.issue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of deadlines ({@code bulletin.schedule.*}, defaults in {@code application.yml}).
 *
 * @param minimumLeadTime the shortest time departments get between an issue opening and its deadline
 */
@ConfigurationProperties("bulletin.schedule")
record DeadlineSettings(Duration minimumLeadTime) {
}
