package cn.scgov.bulletin.compilation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.BulletinCatalog;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueSection;

import org.springframework.stereotype.Component;

/**
 * Year-to-date figures follow from earlier issues of the same bulletin and year (by the year of the
 * period's end): for a period figure, the year's opening figure plus every earlier issue's period
 * figure plus this one; for a running total, what the editor entered, which may not fall below the
 * highest earlier one. Cancelled issues do not count. Once an issue is signed off its year-to-date
 * figures are stored and no longer recomputed.
 */
@Component
class YearToDate {

    private final CompilationRepository repository;
    private final BulletinCatalog catalog;

    YearToDate(CompilationRepository repository, BulletinCatalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    List<StatisticFigure> figures(Issue issue, Map<Long, IssueSection> sections,
            List<CompilationRepository.StatisticRow> rows) {
        int year = issue.periodEnd().getYear();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        Map<String, Long> opening = catalog.openingFigures(issue.bulletinId(), year);
        List<StatisticFigure> figures = new ArrayList<>();
        Map<Long, Map<String, Long>> sums = new java.util.HashMap<>();
        Map<Long, Map<String, Long>> maxima = new java.util.HashMap<>();
        for (CompilationRepository.StatisticRow row : rows) {
            IssueSection section = sections.get(row.sectionId());
            if (row.accumulation() == Accumulation.PERIOD) {
                Map<String, Long> earlier = sums.computeIfAbsent(row.sectionId(), id -> repository.earlierPeriodSums(
                        issue.bulletinId(), issue.id(), section.key(), yearStart, issue.periodStart()));
                long previous = opening.getOrDefault(section.key() + "." + row.metricKey(), 0L)
                        + earlier.getOrDefault(row.metricKey(), 0L);
                Long ytd;
                if (issue.numbered() && row.cumulativeValue() != null) {
                    ytd = row.cumulativeValue();
                } else {
                    ytd = row.periodValue() == null ? null : previous + row.periodValue();
                }
                figures.add(new StatisticFigure(row.sectionId(), row.metricKey(), row.label(), row.accumulation(),
                        row.position(), row.periodValue(), ytd, previous));
            } else {
                Map<String, Long> earlier = maxima.computeIfAbsent(row.sectionId(), id -> repository.earlierCumulativeMax(
                        issue.bulletinId(), issue.id(), section.key(), yearStart, issue.periodStart()));
                figures.add(new StatisticFigure(row.sectionId(), row.metricKey(), row.label(), row.accumulation(),
                        row.position(), null, row.cumulativeValue(), earlier.get(row.metricKey())));
            }
        }
        return figures;
    }
}
