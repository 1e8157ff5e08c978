package cn.scgov.bulletin.notice.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notices and their e-mail ({@code bulletin.notice.*}); the SMTP server itself is
 * Spring Boot's {@code spring.mail.*}. Defaults in {@code application.yml}.
 *
 * @param baseUrl            the application's address as users reach it, for links in e-mails
 * @param mailFrom           the sender of notice e-mails
 * @param digestTime         when the daily digest goes out (in {@code bulletin.zone})
 * @param overdueDigestDelay how long after the last department was flagged overdue the editors' digest waits
 * @param maxAttempts        sending attempts before an e-mail is marked failed
 * @param firstRetry         wait after the first failed attempt; doubled after each, up to {@code maxRetry}
 * @param maxRetry           the longest wait between attempts
 * @param lease              how long a node holds an e-mail it is sending; longer than the SMTP timeouts
 * @param badgeRefresh       how often an open page refreshes the unread count
 */
@ConfigurationProperties("bulletin.notice")
public record NoticeSettings(String baseUrl, String mailFrom, LocalTime digestTime, Duration overdueDigestDelay,
        int maxAttempts, Duration firstRetry, Duration maxRetry, Duration lease, Duration badgeRefresh) {

    /** The wait before the next attempt after {@code attempts} failed ones. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** A full address of a page of the application. */
    public String url(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return path == null ? base + "/notices" : base + path;
    }
}
