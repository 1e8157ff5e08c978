package cn.scgov.bulletin.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import cn.scgov.bulletin.bulletin.Bulletin;
import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.compilation.StatisticFigure;
import cn.scgov.bulletin.rendering.DocumentFormat;
import cn.scgov.bulletin.rendering.IssueDocuments;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.SmallIssueFlow;
import cn.scgov.bulletin.support.TestBulletins;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly number follows the year of the period, not of the sign-off: across New Year in both
 * directions, with the old year's last issue signed off after the new year's first was opened, and
 * with the new year's first signed off before the old year's last. Year-to-date figures add up in
 * the same year.
 */
class YearBoundaryNumberingTests extends FlowTestSupport {

    @Autowired
    IssueDocuments documents;

    private final SmallIssueFlow flow = new SmallIssueFlow(this);

    @Test
    void theYearEndWeeklySignedOffInJanuaryIsTheOldYearsLastIssueAndDatedInJanuary() {
        Bulletin bulletin = newBulletin(weekly(2024, 45, 520));
        catalog.setOpeningFigures(user("editor"), bulletin.id(), 2024, Map.of("figures.consultations", 5000L));
        Issue yearEnd = flow.open(bulletin, LocalDate.of(2024, 12, 26), LocalDate.of(2024, 12, 30),
                LocalDateTime.of(2024, 12, 26, 9, 0));
        assertThat(issues.issueLine(yearEnd).text()).isEqualTo("2024年第45期（总第520期）");

        Issue firstOfNewYear = flow.open(bulletin, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10),
                LocalDateTime.of(2025, 1, 6, 9, 0));
        assertThat(issues.issueLine(firstOfNewYear).text()).isEqualTo("2025年第1期（总第521期）");
        assertThat(issues.issueLine(reload(yearEnd)).text()).as("still the old year's").isEqualTo("2024年第45期（总第520期）");

        flow.compile(yearEnd, 12, 3, 900);
        flow.send(yearEnd);
        Issue signed = flow.signOff(yearEnd, LocalDateTime.of(2025, 1, 10, 10, 0), null);
        assertThat(signed.numberingYear()).isEqualTo(2024);
        assertThat(signed.yearlyNumber()).isEqualTo(45);
        assertThat(signed.cumulativeNumber()).isEqualTo(520);
        assertThat(signed.issueDate()).isEqualTo(LocalDate.of(2025, 1, 10));
        String text = text(signed);
        assertThat(text.lines().limit(6)).containsExactly("窗口工作周报", "2024年第45期（总第520期）",
                "四川省政府政务服务和公共资源交易服务中心", "2025年1月10日", "政务服务工作", "（12月26日—12月30日）");
        assertThat(figure(signed, "consultations").yearToDate()).isEqualByComparingTo("5012");

        flow.compile(firstOfNewYear, 7, 1, 20);
        assertThat(figure(reload(firstOfNewYear), "consultations").yearToDate())
                .as("the new year adds up from its own start").isEqualByComparingTo("7");
        assertThat(issues.issueLine(reload(firstOfNewYear)).text()).isEqualTo("2025年第1期（总第521期）");
        flow.send(firstOfNewYear);
        Issue next = flow.signOff(firstOfNewYear, LocalDateTime.of(2025, 1, 14, 10, 0), null);
        assertThat(issues.issueLine(next).text()).isEqualTo("2025年第1期（总第521期）");
        assertThat(next.issueDate()).isEqualTo(LocalDate.of(2025, 1, 14));
    }

    @Test
    void aWeekAcrossNewYearBelongsToTheYearHoldingMostOfItsDaysWhicheverIsSignedOffFirst() {
        Bulletin bulletin = newBulletin(weekly(2025, 50, 900));
        catalog.setOpeningFigures(user("editor"), bulletin.id(), 2025, Map.of("figures.consultations", 100L));
        Issue acrossNewYear = flow.open(bulletin, LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2),
                LocalDateTime.of(2025, 12, 29, 9, 0));
        Issue firstOf2026 = flow.open(bulletin, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9),
                LocalDateTime.of(2026, 1, 5, 9, 0));
        assertThat(reload(acrossNewYear).year()).as("29–31 December outnumber 1–2 January").isEqualTo(2025);
        assertThat(issues.issueLine(reload(acrossNewYear)).text()).isEqualTo("2025年第50期（总第900期）");
        assertThat(issues.issueLine(reload(firstOf2026)).text()).isEqualTo("2026年第1期（总第901期）");

        flow.compile(acrossNewYear, 30, 4, 100);
        flow.compile(firstOf2026, 8, 2, 10);
        assertThat(figure(reload(acrossNewYear), "consultations").yearToDate()).isEqualByComparingTo("130");
        assertThat(figure(reload(firstOf2026), "consultations").yearToDate())
                .as("the week ending 2 January belongs to 2025, so it does not count in 2026").isEqualByComparingTo("8");

        flow.send(firstOf2026);
        Issue newYear = flow.signOff(firstOf2026, LocalDateTime.of(2026, 1, 12, 10, 0), null);
        assertThat(issues.issueLine(newYear).text()).as("cumulative numbers follow sign-off").isEqualTo("2026年第1期（总第900期）");
        assertThat(issues.issueLine(reload(acrossNewYear)).text()).isEqualTo("2025年第50期（总第901期）");

        flow.send(reload(acrossNewYear));
        Issue oldYear = flow.signOff(acrossNewYear, LocalDateTime.of(2026, 1, 13, 10, 0), LocalDate.of(2026, 1, 5));
        assertThat(issues.issueLine(oldYear).text()).isEqualTo("2025年第50期（总第901期）");
        assertThat(oldYear.issueDate()).as("dated by the last signer").isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(text(oldYear).lines().limit(6)).containsExactly("窗口工作周报", "2025年第50期（总第901期）",
                "四川省政府政务服务和公共资源交易服务中心", "2026年1月5日", "政务服务工作", "（2025年12月29日—2026年1月2日）");
        assertThat(figure(oldYear, "consultations").yearToDate()).isEqualByComparingTo("130");
    }

    @Test
    void anIssueOfAYearBeforeTheNumberingStartIsRefusedWithTheReason() {
        Bulletin bulletin = newBulletin(weekly(2025, 1, 1));
        flow.at(LocalDateTime.of(2025, 1, 2, 9, 0));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> issueService.open(user("editor"),
                new IssueService.OpenIssue(bulletin.id(), LocalDate.of(2024, 12, 23), LocalDate.of(2024, 12, 27),
                        LocalDateTime.of(2025, 1, 5, 17, 0))))
                .isInstanceOf(cn.scgov.bulletin.shared.InvalidInputException.class)
                .hasMessageContaining("2024 年").hasMessageContaining("编号起点");
    }

    private String text(Issue issue) {
        return new String(documents.document(user("editor"), issue.id(), DocumentFormat.TXT).content(),
                StandardCharsets.UTF_8);
    }

    private StatisticFigure figure(Issue issue, String metric) {
        return compilation.compilation(user("editor"), issue.id()).sections().stream()
                .flatMap(section -> section.figures().stream()).filter(f -> f.metricKey().equals(metric)).findFirst()
                .orElseThrow();
    }

    private static BulletinDefinition weekly(int firstYear, int firstYearlyNumber, int firstCumulativeNumber) {
        BulletinDefinition small = TestBulletins.small();
        return new BulletinDefinition(small.title(), small.issuer(), small.subtitle(), small.frequency(),
                small.issueLineFormat(), new BulletinDefinition.Numbering(firstYear, firstYearlyNumber, firstCumulativeNumber),
                small.headingStyles(), small.printCopies(), small.reminderHours(), small.outline(), small.signoffChain(),
                small.colophon());
    }
}
