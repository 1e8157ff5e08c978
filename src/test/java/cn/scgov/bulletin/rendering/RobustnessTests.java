package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import cn.scgov.bulletin.bulletin.BulletinDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.ColophonLineDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SectionDefinition;
import cn.scgov.bulletin.bulletin.BulletinDefinition.SignoffStepDefinition;
import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.bulletin.Frequency;
import cn.scgov.bulletin.bulletin.SectionKind;
import cn.scgov.bulletin.directory.Role;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.SampleIssues;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A contribution with a CJK Extension B character, an emoji, markup and an ampersand, a paragraph
 * of 5,000 characters, an empty section and a section four levels deep: every format shows it all
 * as text (markup inert in HTML, escaped in DOCX, visible in PDF), numbered as printed.
 */
class RobustnessTests extends FlowTestSupport {

    static final String AWKWARD = "特殊字符：𠀀、😀、<script>alert('x')</script> & \"引号\" 'apostrophe' <b>不加粗</b>";
    static final String LONG = "长".repeat(2_500) + "段".repeat(2_499) + "。";

    @Autowired
    IssueDocuments documents;
    @Autowired
    PdfFonts fonts;

    @Test
    void awkwardContentRendersAsTextInEveryFormat() throws Exception {
        try {
            fonts.select(AWKWARD);
        } catch (FontsUnavailableException e) {
            Assumptions.abort("Robustness PDF check skipped: " + e.getMessage());
        }
        Issue issue = new SampleIssues(this).build(fixture());
        Path out = SampleReproductionTests.RENDERED.resolve("robustness");
        Files.createDirectories(out);
        Map<DocumentFormat, byte[]> files = new java.util.EnumMap<>(DocumentFormat.class);
        for (DocumentFormat format : DocumentFormat.values()) {
            files.put(format, documents.document(user("editor"), issue.id(), format).content());
            Files.write(out.resolve("robustness." + format.extension()), files.get(format));
        }

        String text = new String(files.get(DocumentFormat.TXT), StandardCharsets.UTF_8);
        assertThat(text.lines()).containsSubsequence("一、窗口工作动态", "（一）" + AWKWARD, "（二）" + LONG, "二、一级",
                "（一）二级", "1.三级", "（1）四级", "最深处的条目");
        assertThat(text).doesNotContain("窗口资讯");

        String html = new String(files.get(DocumentFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script", "<b>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;");
        org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(files.get(DocumentFormat.HTML)));
        assertThat(parsed.getElementsByTagName("script").getLength()).isZero();
        assertThat(parsed.getDocumentElement().getTextContent()).contains(AWKWARD, LONG);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(files.get(DocumentFormat.DOCX)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            assertThat(extractor.getText()).contains(AWKWARD, LONG, "（1）四级");
        }

        ReadDocument plain = DocumentReaders.fromText(text);
        DocumentReaders.fromHtml(files.get(DocumentFormat.HTML)).assertReadsAs(plain, "robustness HTML");
        DocumentReaders.fromDocx(files.get(DocumentFormat.DOCX)).assertReadsAs(plain, "robustness DOCX");
        DocumentReaders.fromPdf(out.resolve("robustness.pdf")).assertReadsAs(plain, "robustness PDF");
        Tools.requirePoppler();
        PdfChecks.assertEveryFontEmbedded(out.resolve("robustness.pdf"));
        Tools.requireLibreOffice();
        Path printed = Tools.docxToPdf(out.resolve("robustness.docx"), out.resolve("libreoffice"));
        DocumentReaders.fromPdf(printed).assertReadsAs(plain, "robustness DOCX printed by LibreOffice");
    }

    @Test
    void anIssueWhosePdfCannotBeMadeDoesNotGoToSignOff() {
        Issue issue = open(newBulletin(cn.scgov.bulletin.support.TestBulletins.small()), LocalDate.of(2026, 11, 2));
        long news = issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals("news")).findFirst().orElseThrow().id();
        for (String department : cn.scgov.bulletin.support.TestBulletins.DEPARTMENTS) {
            var contribution = contributionOf(issue, department);
            contributions.nothingToReport(user(department), contribution.id(), contribution.version());
        }
        jobs.awaitIdle();
        compilation.addItem(user("editor"), issue.id(), news, "从别处复制来的私用区字符\uE000");
        compilation.fillStatistics(user("editor"), issue.id(), section(issue, "figures"), Map.of("consultations", 1L, "accepted", 1L));
        compilation.fillStatistics(user("editor"), issue.id(), section(issue, "platform"), Map.of("licensing", 1L));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> compilation.sendToSignoff(user("editor"), issue.id()))
                .isInstanceOf(cn.scgov.bulletin.shared.ConflictException.class).hasMessageContaining("U+E000");
        assertThat(reload(issue).status()).isEqualTo(cn.scgov.bulletin.issue.IssueStatus.COMPILING);
        assertThat(compileTask(issue)).isNotNull();
    }

    private long section(Issue issue, String key) {
        return issues.outline(issue.id()).sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().id();
    }

    private static SampleIssues.Fixture fixture() {
        BulletinDefinition definition = new BulletinDefinition("窗口工作周报", "四川省政府政务服务和公共资源交易服务中心", "政务服务工作",
                Frequency.WEEKLY, "{year}年第{number}期（总第{cumulative}期）", new BulletinDefinition.Numbering(2026, 1, 900),
                List.of("{cn}、", "（{cn}）", "{n}.", "（{n}）"), 50, 24,
                List.of(new SectionDefinition("news", "窗口工作动态", SectionKind.NARRATIVE, true, List.of("gat"), null, null, null, null),
                        new SectionDefinition("empty", "窗口资讯", SectionKind.NARRATIVE, true, List.of("jtyst"), null, null, null, null),
                        new SectionDefinition("one", "一级", SectionKind.NARRATIVE, false, List.of(), null, null, null,
                                List.of(new SectionDefinition("two", "二级", SectionKind.NARRATIVE, false, List.of(), null, null, null,
                                        List.of(new SectionDefinition("three", "三级", SectionKind.NARRATIVE, false, List.of(), null,
                                                null, null, List.of(new SectionDefinition("four", "四级", SectionKind.NARRATIVE,
                                                        false, List.of("zjt"), null, null, null, null)))))))),
                List.of(new SignoffStepDefinition("审核", Role.REVIEWER), new SignoffStepDefinition("签发", Role.LEADER)),
                List.of(new ColophonLineDefinition(ColophonKind.REPORT, "中心领导", Set.of(Role.LEADER), List.of("*"))));
        return new SampleIssues.Fixture(new SampleIssues.BulletinFixture("robust", definition),
                new SampleIssues.Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)),
                LocalDateTime.of(2026, 3, 2, 9, 0), LocalDateTime.of(2026, 3, 5, 17, 0), LocalDateTime.of(2026, 3, 10, 10, 0),
                null, List.of(new SampleIssues.Item("news", "gat", AWKWARD), new SampleIssues.Item("news", "gat", LONG),
                        new SampleIssues.Item("four", "zjt", "最深处的条目")),
                Map.of(), Map.of(), Map.of(), null, null);
    }

}
