package cn.scgov.bulletin.issue;

import java.time.LocalDate;

/** How an issue's numbers, dates and headings are written in official Chinese documents. */
public final class IssueFormats {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private IssueFormats() {
    }

    /** e.g. {@code 2023年第8期（总第428期）} from {@code {year}年第{number}期（总第{cumulative}期）}. */
    public static String issueLine(String format, Integer year, Integer number, Integer cumulative) {
        return format.replace("{year}", year == null ? "" : String.valueOf(year))
                .replace("{number}", number == null ? "" : String.valueOf(number))
                .replace("{cumulative}", cumulative == null ? "" : String.valueOf(cumulative));
    }

    /** e.g. {@code （2月27日—3月3日）}; years are written when the period spans two. */
    public static String periodLine(LocalDate start, LocalDate end) {
        if (start.getYear() != end.getYear()) {
            return "（" + date(start) + "—" + date(end) + "）";
        }
        return "（" + monthDay(start) + "—" + monthDay(end) + "）";
    }

    /** e.g. {@code 2023年3月16日}. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + monthDay(date);
    }

    public static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** A heading or item number: {cn} is written 一, 二 … 十一 …, {n} 1, 2 …. */
    public static String number(String style, int n) {
        return style.replace("{cn}", chineseNumeral(n)).replace("{n}", String.valueOf(n));
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. */
    public static String chineseNumeral(int n) {
        if (n <= 0) {
            return DIGITS[0];
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : (rest < 10 ? "零" + DIGITS[rest] : (rest < 20 ? "一" + chineseNumeral(rest) : chineseNumeral(rest)));
            return DIGITS[n / 100] + "百" + tail;
        }
        return String.valueOf(n);
    }
}
