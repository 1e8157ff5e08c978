package cn.scgov.bulletin.compilation;

import java.math.BigDecimal;

import cn.scgov.bulletin.bulletin.Accumulation;
import cn.scgov.bulletin.bulletin.MetricFormat;

/**
 * One figure of a statistics section, in its metric's unit ({@code format}) and exact. For PERIOD
 * figures the editor enters {@code periodValue} and {@code yearToDate} follows from earlier issues of
 * the year; for CUMULATIVE figures the editor enters {@code yearToDate} itself, which may not fall
 * below {@code previousYearToDate}.
 */
public record StatisticFigure(long sectionId, String metricKey, String label, Accumulation accumulation, int position,
        MetricFormat format, BigDecimal periodValue, BigDecimal yearToDate, BigDecimal previousYearToDate) {

    public boolean filled() {
        return accumulation == Accumulation.PERIOD ? periodValue != null : yearToDate != null;
    }

    /** The figure the editor enters: the period figure, or the running total. */
    public BigDecimal entered() {
        return accumulation == Accumulation.PERIOD ? periodValue : yearToDate;
    }

    /** A value of this figure as the document prints its number (4.20), or null. */
    public String number(BigDecimal value) {
        return value == null ? null : format.number(value);
    }
}
