package cn.scgov.bulletin.compilation;

import java.util.List;
import java.util.regex.Matcher;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.Period;
import cn.scgov.bulletin.bulletin.PeriodPlaceholders;

/**
 * Fills a statistics section's sentence: {key} is the period figure (or, for a running total, the
 * total), {key.ytd} the year-to-date figure, each printed in its metric's format (4.20万件); the
 * period placeholders ({year}, {month}, {periodStart} …) as {@link PeriodPlaceholders} writes them.
 * A figure not filled yet shows as ＿＿.
 */
final class StatisticsSentence {

    private StatisticsSentence() {
    }

    static String fill(String template, List<StatisticFigure> figures, Period period) {
        Matcher matcher = PeriodPlaceholders.PLACEHOLDER.matcher(PeriodPlaceholders.fill(template, period));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1), figures)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String value(String name, List<StatisticFigure> figures) {
        boolean ytd = name.endsWith(".ytd");
        String key = ytd ? name.substring(0, name.length() - 4) : name;
        for (StatisticFigure figure : figures) {
            if (figure.metricKey().equals(key)) {
                var value = ytd || figure.accumulation() == Accumulation.CUMULATIVE ? figure.yearToDate() : figure.periodValue();
                return value == null ? "＿＿" : figure.format().print(value);
            }
        }
        return "{" + name + "}";
    }
}
