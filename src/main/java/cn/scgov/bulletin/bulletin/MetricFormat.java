package cn.scgov.bulletin.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the figures of a metric are entered, kept and printed. A figure is entered as it is printed,
 * counted in {@code scale} × {@code unit} (4.2 for 4.2万件) with at most {@code decimals} decimal
 * places, and kept exactly (a decimal, never a floating-point number). It prints with exactly
 * {@code decimals} places, followed by the scale and the unit: {@code 4.20万件}, {@code 790人（次）}.
 * A sum (year to date) that needs more places than the format has prints them all: a figure is
 * never rounded.
 */
public record MetricFormat(String unit, FigureScale scale, int decimals) {

    public static final int MAX_DECIMALS = 4;
    /** The largest figure accepted, in the metric's own unit. */
    public static final BigDecimal MAX = new BigDecimal("1000000000000");
    /** Whole numbers without a printed unit: what metrics were before formats existed. */
    public static final MetricFormat COUNT = new MetricFormat(null, FigureScale.ONE, 0);

    public MetricFormat {
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        scale = scale == null ? FigureScale.ONE : scale;
        decimals = Math.max(0, Math.min(decimals, MAX_DECIMALS));
    }

    /** The smallest step a figure can take, for number inputs: 1, 0.1, 0.01 … */
    public String step() {
        return BigDecimal.ONE.movePointLeft(decimals).toPlainString();
    }

    /** What follows the number when it is printed: 万件, 人（次）, or nothing. */
    public String suffix() {
        return scale.label() + (unit == null ? "" : unit);
    }

    /** Why the metric cannot hold the value exactly, or null when it can. */
    public String refusal(BigDecimal value) {
        if (value.signum() < 0) {
            return "不能为负数";
        }
        if (value.compareTo(MAX) > 0) {
            return "不能超过 " + MAX.toPlainString();
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return decimals == 0 ? "须为整数" : "最多保留 " + decimals + " 位小数";
        }
        return null;
    }

    /** The value with exactly this format's decimal places; only for values {@link #refusal} accepts. */
    public BigDecimal exact(BigDecimal value) {
        return value.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    /** The value with this format's decimal places, or more if it has them (a sum of older figures may). */
    public BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        int places = Math.max(decimals, Math.max(0, value.stripTrailingZeros().scale()));
        return value.setScale(places, RoundingMode.UNNECESSARY);
    }

    /** The number as printed: this format's decimal places, or more if the value has them (never rounded). */
    public String number(BigDecimal value) {
        return normalise(value).toPlainString();
    }

    /** The figure as printed in a sentence: number, scale and unit. */
    public String print(BigDecimal value) {
        return number(value) + suffix();
    }

    /** The value counted in single units (4.2万 is 42000), for checking a figure against its source. */
    public BigDecimal inSingleUnits(BigDecimal value) {
        return value.movePointRight(scale.exponent()).stripTrailingZeros();
    }
}
