package cn.scgov.bulletin.shared;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;

/**
 * Logs unexpected failures so that no request can flood the log: the stack trace of a kind of failure
 * (exception type and where it was thrown) at most once a minute, otherwise one line; messages are cut
 * to {@value #MAX_MESSAGE} characters. Log files are rotated (see logging.logback.rollingpolicy).
 */
public final class FailureLog {

    static final int MAX_MESSAGE = 500;
    /** Not a cache: the kinds of failure whose trace this node logged within the last minute (a log throttle). */
    private static final Cache<String, Boolean> TRACED = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    private FailureLog() {
    }

    public static void error(Logger log, String method, String uri, Throwable failure) {
        String where = failure.getStackTrace().length == 0 ? "" : failure.getStackTrace()[0].toString();
        String kind = failure.getClass().getName() + "@" + where;
        String request = method + " " + cut(uri, 200);
        if (TRACED.asMap().putIfAbsent(kind, Boolean.TRUE) == null) {
            log.error("Unexpected failure on {}", request, failure);
        } else {
            log.error("Unexpected failure on {}: {}: {} (stack trace logged within the last minute)", request,
                    failure.getClass().getName(), cut(failure.getMessage(), MAX_MESSAGE));
        }
    }

    public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    public static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String oneLine = text.replace('\r', ' ').replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
