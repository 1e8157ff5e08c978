package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.scgov.bulletin.compilation.Compilation;
import cn.scgov.bulletin.compilation.StatisticFigure;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.SampleIssues;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A monthly as the centre prints it, expressed as bulletin data only (samples/monthly-2025-03.json)
 * and built through the services: its first section is a statistics section titled with the period
 * ({year}年{month}月总体运行情况), whose sentence starts {month}月 and prints figures in 万件 with
 * decimals and a count of people; no subtitle, no period line, no print-run line, a colophon of two
 * lines; one section with nothing this month is left out and the next numbered as printed; the
 * editor dated the issue the day before its sign-off. Its text, HTML, DOCX (also as LibreOffice
 * prints it) and PDF must read exactly as the expected text written by hand
 * (samples/monthly-2025-03.expected.txt), and its figures are kept exactly.
 */
class MonthlyIssueTests extends FlowTestSupport {

    @Autowired
    IssueDocuments documents;

    @Test
    void aMonthlyWithFiguresInTenThousandsAndNoOptionalLinesReadsAsWrittenByHand() throws Exception {
        Issue issue = new SampleIssues(this).build("monthly-2025-03");
        assertThat(issue.status()).isEqualTo(IssueStatus.DISTRIBUTED);
        assertThat(issue.yearlyNumber()).isEqualTo(3);
        assertThat(issue.issueDate()).isEqualTo(LocalDate.of(2025, 4, 7));

        Compilation compiled = compilation.compilation(user("editor"), issue.id());
        assertThat(compiled.sections().get(0).section().title()).isEqualTo("2025年3月总体运行情况");
        assertThat(compiled.sections().get(0).figures()).extracting(StatisticFigure::metricKey, StatisticFigure::periodValue,
                StatisticFigure::yearToDate).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("handled", new BigDecimal("4.2"), new BigDecimal("12.7")),
                        org.assertj.core.groups.Tuple.tuple("delivered", new BigDecimal("0.15"), new BigDecimal("0.47")),
                        org.assertj.core.groups.Tuple.tuple("certifications", new BigDecimal("1.96"), new BigDecimal("1.96")),
                        org.assertj.core.groups.Tuple.tuple("visitors", new BigDecimal("790"), new BigDecimal("790")));

        String expectedText = SampleIssues.expected("monthly-2025-03");
        ReadDocument expected = DocumentReaders.fromText(expectedText);
        Path out = SampleReproductionTests.RENDERED.resolve("monthly");
        Files.createDirectories(out);
        for (DocumentFormat format : DocumentFormat.values()) {
            Files.write(out.resolve("monthly-2025-03." + format.extension()),
                    documents.document(user("recipient"), issue.id(), format).content());
        }
        assertThat(Files.readString(out.resolve("monthly-2025-03.txt"), StandardCharsets.UTF_8)).isEqualTo(expectedText);
        DocumentReaders.fromHtml(Files.readAllBytes(out.resolve("monthly-2025-03.html"))).assertReadsAs(expected, "HTML");
        DocumentReaders.fromDocx(Files.readAllBytes(out.resolve("monthly-2025-03.docx"))).assertReadsAs(expected, "DOCX");
        DocumentReaders.fromPdf(out.resolve("monthly-2025-03.pdf")).assertReadsAs(expected, "PDF");
        assertThat(Files.readString(out.resolve("monthly-2025-03.html"))).doesNotContain("class=\"period\"", "class=\"subtitle\"",
                "class=\"print-run\"");

        Tools.requirePoppler();
        PdfChecks.assertEveryFontEmbedded(out.resolve("monthly-2025-03.pdf"));
        PdfChecks.assertGbT9704Geometry(out.resolve("monthly-2025-03.pdf"));
        Tools.requireLibreOffice();
        Path printed = Tools.docxToPdf(out.resolve("monthly-2025-03.docx"), out.resolve("libreoffice"));
        DocumentReaders.fromPdf(printed).assertReadsAs(expected, "DOCX printed by LibreOffice");
    }
}
