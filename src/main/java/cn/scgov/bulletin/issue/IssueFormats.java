package cn.scgov.bulletin.issue;

import java.time.LocalDate;

import cn.scgov.bulletin.bulletin.OutlineNumbering;
import cn.scgov.bulletin.bulletin.Period;
import cn.scgov.bulletin.bulletin.PeriodPlaceholders;

/** How an issue's numbers, dates and headings are written in official Chinese documents. */
public final class IssueFormats {

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
        return "（" + PeriodPlaceholders.periodText(new Period(start, end)) + "）";
    }

    /** e.g. {@code 2023年3月16日}. */
    public static String date(LocalDate date) {
        return PeriodPlaceholders.date(date);
    }

    public static String monthDay(LocalDate date) {
        return PeriodPlaceholders.monthDay(date);
    }

    /** A heading or item number: {cn} is written 一, 二 … 十一 …, {n} 1, 2 …. */
    public static String number(String style, int n) {
        return OutlineNumbering.format(style, n);
    }

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. */
    public static String chineseNumeral(int n) {
        return OutlineNumbering.chineseNumeral(n);
    }
}
