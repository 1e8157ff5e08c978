package cn.scgov.bulletin.bulletin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders that name an issue's period in section titles and statistics sentences, so that a
 * monthly's first section reads 2025年3月总体运行情况 without anyone retyping it each month. Filled
 * when the issue opens (titles) or when its sentence is written; an unknown name is refused when
 * the bulletin is saved. {year} and {month} follow the period's reference day ({@link Period}).
 */
public final class PeriodPlaceholders {

    /** {name} – a name is anything between braces without braces in it. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

    private record Entry(String description, String example, Function<Period, String> value) {
    }

    static {
        ENTRIES.put("year", new Entry("期次所属年度", "2025", period -> String.valueOf(period.year())));
        ENTRIES.put("month", new Entry("期次所属月份", "3", period -> String.valueOf(period.month())));
        ENTRIES.put("periodStart", new Entry("统计时段开始日期", "2025年3月1日", period -> date(period.start())));
        ENTRIES.put("periodEnd", new Entry("统计时段结束日期", "2025年3月31日", period -> date(period.end())));
        ENTRIES.put("periodStartShort", new Entry("开始日期（不含年份）", "3月1日", period -> monthDay(period.start())));
        ENTRIES.put("periodEndShort", new Entry("结束日期（不含年份）", "3月31日", period -> monthDay(period.end())));
        ENTRIES.put("period", new Entry("统计时段", "3月1日—3月31日", PeriodPlaceholders::periodText));
        ENTRIES.put("yearStart", new Entry("所属年度的1月1日", "2025年1月1日",
                period -> date(LocalDate.of(period.year(), 1, 1))));
    }

    private PeriodPlaceholders() {
    }

    /** Every placeholder's name. */
    public static Set<String> names() {
        return ENTRIES.keySet();
    }

    /** Name → what it stands for, with an example ({year}: 期次所属年度，如 2025), for the outline editor. */
    public static Map<String, String> descriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        ENTRIES.forEach((name, entry) -> descriptions.put(name, entry.description() + "，如 " + entry.example()));
        return descriptions;
    }

    /** The list for messages: {year}、{month}、… */
    public static String listed() {
        return String.join("、", names().stream().map(name -> "{" + name + "}").toList());
    }

    /** The text with every period placeholder filled; other braces are left as they are. */
    public static String fill(String text, Period period) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Entry entry = ENTRIES.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    entry == null ? matcher.group() : entry.value().apply(period)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The placeholders of a text that are neither period placeholders nor among {@code alsoKnown}, in order. */
    public static Set<String> unknown(String text, Set<String> alsoKnown) {
        Set<String> unknown = new LinkedHashSet<>();
        if (text == null) {
            return unknown;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!ENTRIES.containsKey(name) && !alsoKnown.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** e.g. 2023年3月16日. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + monthDay(date);
    }

    /** e.g. 3月16日. */
    public static String monthDay(LocalDate date) {
        return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** e.g. 2月27日—3月3日; with years when the period spans two. */
    public static String periodText(Period period) {
        if (period.start().getYear() != period.end().getYear()) {
            return date(period.start()) + "—" + date(period.end());
        }
        return monthDay(period.start()) + "—" + monthDay(period.end());
    }
}
