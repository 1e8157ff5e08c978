package cn.scgov.bulletin.compilation;

import cn.scgov.bulletin.bulletin.Accumulation;

/**
 * One figure of a statistics section. For PERIOD figures the editor enters {@code periodValue} and
 * {@code yearToDate} follows from earlier issues of the year; for CUMULATIVE figures the editor
 * enters {@code yearToDate} itself, which may not fall below {@code previousYearToDate}.
 */
public record StatisticFigure(long sectionId, String metricKey, String label, Accumulation accumulation, int position,
        Long periodValue, Long yearToDate, Long previousYearToDate) {

    public boolean filled() {
        return accumulation == Accumulation.PERIOD ? periodValue != null : yearToDate != null;
    }
}
