package cn.scgov.bulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The year an issue belongs to, the placeholders naming its period, and how a metric holds and prints figures. */
class PeriodAndFormatTests {

    @Test
    void anIssueBelongsToTheYearHoldingMostOfItsDaysAndTheOldYearOnATie() {
        assertThat(Period.yearOf(LocalDate.of(2024, 12, 26), LocalDate.of(2024, 12, 30))).isEqualTo(2024);
        assertThat(Period.yearOf(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2))).as("3 days of 5 in December").isEqualTo(2025);
        assertThat(Period.yearOf(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3))).as("3 days of 5 in January").isEqualTo(2025);
        assertThat(Period.yearOf(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1))).as("a tie goes to the old year").isEqualTo(2025);
        assertThat(Period.yearOf(LocalDate.of(2025, 12, 27), LocalDate.of(2026, 1, 2))).as("5 of 7 days in December").isEqualTo(2025);
        assertThat(Period.yearOf(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 5))).as("5 of 7 days in January").isEqualTo(2026);
        assertThat(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)).month()).isEqualTo(3);
    }

    @Test
    void placeholdersNameThePeriodAndUnknownOnesAreFound() {
        Period march = new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(PeriodPlaceholders.fill("{year}年{month}月总体运行情况", march)).isEqualTo("2025年3月总体运行情况");
        assertThat(PeriodPlaceholders.fill("{periodStart}至{periodEnd}，{periodStartShort}—{periodEndShort}，{period}，自{yearStart}",
                march)).isEqualTo("2025年3月1日至2025年3月31日，3月1日—3月31日，3月1日—3月31日，自2025年1月1日");
        Period acrossNewYear = new Period(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2));
        assertThat(PeriodPlaceholders.fill("{year}年第52周（{period}）{consultations}", acrossNewYear))
                .isEqualTo("2025年第52周（2025年12月29日—2026年1月2日）{consultations}");
        assertThat(PeriodPlaceholders.unknown("{year}{quarter}{handled.ytd}{x", Set.of("handled.ytd"))).containsExactly("quarter");
    }

    @Test
    void aMetricHoldsWhatItsDecimalPlacesAllowAndPrintsInItsUnit() {
        MetricFormat tenThousands = new MetricFormat("件", FigureScale.TEN_THOUSAND, 2);
        assertThat(tenThousands.refusal(new BigDecimal("4.2"))).isNull();
        assertThat(tenThousands.print(new BigDecimal("4.2"))).isEqualTo("4.20万件");
        assertThat(tenThousands.print(new BigDecimal("0.15"))).isEqualTo("0.15万件");
        assertThat(tenThousands.refusal(new BigDecimal("4.234"))).isEqualTo("最多保留 2 位小数");
        assertThat(tenThousands.refusal(new BigDecimal("4.2300"))).as("trailing zeros are no precision").isNull();
        assertThat(tenThousands.refusal(new BigDecimal("-1"))).isEqualTo("不能为负数");
        assertThat(tenThousands.refusal(new BigDecimal("1000000000000.01"))).startsWith("不能超过");
        assertThat(tenThousands.inSingleUnits(new BigDecimal("4.2"))).isEqualByComparingTo("42000");
        assertThat(tenThousands.step()).isEqualTo("0.01");
        MetricFormat people = new MetricFormat("人（次）", FigureScale.ONE, 0);
        assertThat(people.refusal(new BigDecimal("4.2"))).isEqualTo("须为整数");
        assertThat(people.print(new BigDecimal("790"))).isEqualTo("790人（次）");
        assertThat(MetricFormat.COUNT.print(new BigDecimal("882"))).isEqualTo("882");
        assertThat(new MetricFormat("份", FigureScale.TEN_THOUSAND, 1).number(new BigDecimal("12.75")))
                .as("a sum of figures entered with more places before the format changed is never rounded").isEqualTo("12.75");
        assertThat(new BigDecimal("0.1").add(new BigDecimal("0.2"))).isEqualByComparingTo("0.3");
    }

    @Test
    void figuresTypedInAFormAreReadExactly() {
        assertThat(Figures.parse(" 1,234.50 ")).isEqualByComparingTo("1234.5");
        assertThat(Figures.parse("４．２")).isEqualByComparingTo("4.2");
        assertThat(Figures.parse("")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Figures.parse("4.2万"))
                .isInstanceOf(NumberFormatException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Figures.parse("1e3"))
                .isInstanceOf(NumberFormatException.class);
        assertThat(Figures.decimal(4.2d)).isEqualByComparingTo("4.2");
        assertThat(Figures.decimal(7L)).isEqualByComparingTo("7");
    }
}
