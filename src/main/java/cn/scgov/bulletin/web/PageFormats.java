package cn.scgov.bulletin.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.shared.TimeSource;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and labels as pages show them, e.g. {@code 2023年3月16日 14:05} (24-hour) in Chinese and
 * {@code 2023-03-16 14:05} in English. Templates call it as {@code ${@pageFormats.dateTime(x)}}.
 */
@Component("pageFormats")
public class PageFormats {

    private final TimeSource time;

    PageFormats(TimeSource time) {
        this.time = time;
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return chinese() ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : date.toString();
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, time.zone()));
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(time.zone());
        return date(at.toLocalDate()) + " " + String.format("%02d:%02d", at.getHour(), at.getMinute());
    }

    public String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        long minutes = millis / 60_000;
        if (minutes < 1) {
            return chinese() ? "不到1分钟" : "< 1 min";
        }
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long rest = minutes % 60;
        StringBuilder out = new StringBuilder();
        if (days > 0) {
            out.append(days).append(chinese() ? "天" : "d ");
        }
        if (hours > 0) {
            out.append(hours).append(chinese() ? "小时" : "h ");
        }
        if (rest > 0 && days == 0) {
            out.append(rest).append(chinese() ? "分钟" : "min");
        }
        return out.toString().strip();
    }

    public String roles(CurrentUser user) {
        return user.roles().stream().sorted().map(this::role).collect(Collectors.joining("、"));
    }

    public String role(Role role) {
        return chinese() ? role.label() : role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT);
    }

    public boolean isPast(Instant instant) {
        return instant != null && instant.isBefore(time.now());
    }

    private static boolean chinese() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
