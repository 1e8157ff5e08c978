package cn.scgov.bulletin.shared;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the whole application ({@code bulletin.*}); their defaults are in {@code application.yml}, as
 * are those of every module's settings record.
 *
 * @param zone     the centre's time zone: days, deadlines and schedules are counted in it
 * @param demoData whether the demo bulletins, accounts and schedules are seeded (the embedded default)
 */
@ConfigurationProperties("bulletin")
public record ApplicationSettings(ZoneId zone, boolean demoData) {
}
