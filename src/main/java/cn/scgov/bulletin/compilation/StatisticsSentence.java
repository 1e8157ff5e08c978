package cn.scgov.bulletin.compilation;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

import cn.scgov.bulletin.issue.IssueFormats;

/**
 * Fills a statistics section's sentence: {key} is the period figure (or, for a running total, the
 * total), {key.ytd} the year-to-date figure, {yearStart}, {periodStart}, {periodEnd} dates written
 * 2023年3月3日. A figure not filled yet shows as ＿＿.
 */
final class StatisticsSentence {

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]*)}");

    private StatisticsSentence() {
    }

    static String fill(String template, List<StatisticFigure> figures, LocalDate periodStart, LocalDate periodEnd) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1), figures, periodStart, periodEnd)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String value(String name, List<StatisticFigure> figures, LocalDate periodStart, LocalDate periodEnd) {
        switch (name) {
            case "yearStart":
                return IssueFormats.date(LocalDate.of(periodEnd.getYear(), 1, 1));
            case "periodStart":
                return IssueFormats.date(periodStart);
            case "periodEnd":
                return IssueFormats.date(periodEnd);
            default:
                break;
        }
        boolean ytd = name.endsWith(".ytd");
        String key = ytd ? name.substring(0, name.length() - 4) : name;
        for (StatisticFigure figure : figures) {
            if (figure.metricKey().equals(key)) {
                Long value = ytd || figure.accumulation() == cn.scgov.bulletin.bulletin.Accumulation.CUMULATIVE
                        ? figure.yearToDate() : figure.periodValue();
                return value == null ? "＿＿" : String.valueOf(value);
            }
        }
        return "{" + name + "}";
    }
}
