package cn.scgov.bulletin.compilation;

import cn.scgov.bulletin.compilation.internal.CompilationRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.bulletin.Period;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;

import org.springframework.stereotype.Component;

/**
 * Year-to-date figures follow from earlier issues of the same bulletin and the same year, the year
 * an issue belongs to by its period ({@link Period}, the same year that numbers it): for a period
 * figure, the year's opening figure plus every earlier issue's period figure plus this one; for a
 * running total, what the editor entered, which may not fall below the highest earlier one. Earlier
 * means a period that ended before this one began; cancelled issues do not count. Sums are exact
 * decimals. Once an issue is signed off its year-to-date figures are stored and no longer recomputed.
 */
@Component
public class YearToDate {

    private final CompilationRepository repository;
    private final BulletinCatalog catalog;

    YearToDate(CompilationRepository repository, BulletinCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    public List<StatisticFigure> figures(Issue issue, Map<Long, IssueSection> sections,
            List<CompilationRepository.StatisticRow> rows) {
        int year = Period.yearOf(issue.periodStart(), issue.periodEnd());
        Map<String, BigDecimal> opening = catalog.openingFigures(issue.bulletinId(), year);
        List<StatisticFigure> figures = new ArrayList<>();
        Map<Long, Earlier> earlier = new HashMap<>();
        for (CompilationRepository.StatisticRow row : rows) {
            IssueSection section = sections.get(row.sectionId());
            Earlier before = earlier.computeIfAbsent(row.sectionId(), id -> earlier(issue, section.key(), year));
            if (row.accumulation() == Accumulation.PERIOD) {
                BigDecimal previous = opening.getOrDefault(section.key() + "." + row.metricKey(), BigDecimal.ZERO)
                        .add(before.sums().getOrDefault(row.metricKey(), BigDecimal.ZERO));
                BigDecimal ytd;
                if (issue.numbered() && row.cumulativeValue() != null) {
                    ytd = row.cumulativeValue();
                } else {
                    ytd = row.periodValue() == null ? null : previous.add(row.periodValue());
                }
                figures.add(new StatisticFigure(row.sectionId(), row.metricKey(), row.label(), row.accumulation(),
                        row.position(), row.format(), row.periodValue(), row.format().normalise(ytd),
                        row.format().normalise(previous)));
            } else {
                figures.add(new StatisticFigure(row.sectionId(), row.metricKey(), row.label(), row.accumulation(),
                        row.position(), row.format(), null, row.cumulativeValue(),
                        row.format().normalise(before.maxima().get(row.metricKey()))));
            }
        }
        return figures;
    }

    private record Earlier(Map<String, BigDecimal> sums, Map<String, BigDecimal> maxima) {
    }

    private Earlier earlier(Issue issue, String sectionKey, int year) {
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, BigDecimal> maxima = new HashMap<>();
        for (CompilationRepository.EarlierFigure figure : repository.earlierFigures(issue.bulletinId(), issue.id(),
                sectionKey, LocalDate.of(year, 1, 1), issue.periodStart())) {
            if (Period.yearOf(figure.periodStart(), figure.periodEnd()) != year) {
                continue;
            }
            if (figure.periodValue() != null) {
                sums.merge(figure.metricKey(), figure.periodValue(), BigDecimal::add);
            }
            if (figure.cumulativeValue() != null) {
                maxima.merge(figure.metricKey(), figure.cumulativeValue(), BigDecimal::max);
            }
        }
        return new Earlier(sums, maxima);
    }
}
