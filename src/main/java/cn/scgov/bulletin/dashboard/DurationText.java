package cn.scgov.bulletin.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Durations as people read them (3天4小时5分) and as hours with two decimals for spreadsheets and charts. */
public final class DurationText {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private DurationText() {
    }

    public static String of(Long seconds) {
        return seconds == null ? "—" : of(BigDecimal.valueOf(seconds));
    }

    /** Rounded to the minute; under a minute "不足1分". */
    public static String of(BigDecimal seconds) {
        if (seconds == null) {
            return "—";
        }
        long minutes = seconds.divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValue();
        if (minutes == 0) {
            return "不足1分";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append("天");
        }
        if (hours > 0) {
            text.append(hours).append("小时");
        }
        if (rest > 0) {
            text.append(rest).append("分");
        }
        return text.toString();
    }

    public static BigDecimal hours(BigDecimal seconds) {
        return seconds == null ? null : seconds.divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal hours(Long seconds) {
        return seconds == null ? null : hours(BigDecimal.valueOf(seconds));
    }
}
