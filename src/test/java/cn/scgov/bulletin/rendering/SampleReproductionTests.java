package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueProcess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.support.FlowTestSupport;
import cn.scgov.bulletin.support.SampleIssues;

import org.flowable.engine.task.Comment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three real issues, each built through the services from its own outline (bulletin data), come
 * out as printed: the plain text matches the sample text; the PDF's own text (pdftotext) and the text
 * LibreOffice prints from the DOCX match the plain text. Each sample's four files are left in
 * target/rendered/ (with the PDFs' first pages as PNG) for anyone to open.
 *
 * <p>Errata of the samples, applied here explicitly and nowhere else: weekly-2022-35 numbers its
 * second top-level section 一、 again (the outline gives 二、); weekly-2023-08's extraction lacks the
 * title 窗口工作周报, printed there as a graphic.
 */
class SampleReproductionTests extends FlowTestSupport {

    static final Path RENDERED = Path.of("target", "rendered");

    @Autowired
    IssueDocuments documents;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"weekly-2023-08", "weekly-2024-02", "weekly-2022-35"})
    void reproducesTheSample(String name) throws Exception {
        Issue issue = new SampleIssues(this).build(name);
        assertThat(issue.status()).isEqualTo(IssueStatus.DISTRIBUTED);

        Map<DocumentFormat, RenderedDocument> files = new EnumMap<>(DocumentFormat.class);
        Files.createDirectories(RENDERED);
        for (DocumentFormat format : DocumentFormat.values()) {
            RenderedDocument document = documents.document(user("recipient"), issue.id(), format);
            assertThat(document.frozen()).as("%s is the frozen file", format).isTrue();
            assertThat(DocumentRenderers.sha256(document.content())).isEqualTo(document.sha256());
            files.put(format, document);
            Files.write(RENDERED.resolve(name + "." + format.extension()), document.content());
        }
        String text = new String(files.get(DocumentFormat.TXT).content(), StandardCharsets.UTF_8);
        ExtractedText plain = ExtractedText.of(text);
        ExtractedText.of(withErrata(name, SampleIssues.text(name))).assertSameAs(plain, name + " sample vs plain text");

        plain.withoutEmphasisMarks().assertSameAs(ExtractedText.of(HtmlText.of(files.get(DocumentFormat.HTML).content())),
                name + " HTML");

        assertThat(historyOf(issue)).anySatisfy(comment -> assertThat(comment)
                .contains("pdf " + files.get(DocumentFormat.PDF).sha256())
                .contains("docx " + files.get(DocumentFormat.DOCX).sha256()));
        assertThat(jdbc.sql("SELECT detail FROM process_log WHERE issue_id = :issue AND action = 'DOCUMENTS_FROZEN'")
                .param("issue", issue.id()).query(String.class).list())
                .singleElement().asString().contains("html " + files.get(DocumentFormat.HTML).sha256());

        Tools.requirePoppler();
        Path pdf = RENDERED.resolve(name + ".pdf");
        plain.withoutEmphasisMarks().assertSameAs(ExtractedText.of(Tools.pdfToText(pdf)), name + " PDF text");
        PdfChecks.assertEveryFontEmbedded(pdf);
        PdfChecks.assertGbT9704Geometry(pdf);
        assertThat(Tools.firstPagePng(pdf)).exists();

        Tools.requireLibreOffice();
        Path printed = Tools.docxToPdf(RENDERED.resolve(name + ".docx"), RENDERED.resolve("libreoffice"));
        plain.withoutEmphasisMarks().assertSameAs(ExtractedText.of(Tools.pdfToText(printed)), name + " DOCX printed by LibreOffice");
        assertThat(Tools.pdfInfo(printed)).contains("(A4)");
        assertThat(Tools.firstPagePng(printed)).exists();
    }

    /** The samples' own mistakes, corrected where the test reads them (see the class comment). */
    static String withErrata(String name, String sample) {
        return switch (name) {
            case "weekly-2022-35" -> {
                assertThat(sample.split("一、窗口工作动态", -1)).as("the 2022 typo is still there").hasSize(2);
                yield sample.replace("一、窗口工作动态", "二、窗口工作动态");
            }
            case "weekly-2023-08" -> "窗口工作周报\n" + sample;
            default -> sample;
        };
    }

    private java.util.List<String> historyOf(Issue issue) {
        return taskService.getProcessInstanceComments(issue.processInstanceId(), IssueProcess.OPINION_COMMENT).stream()
                .map(Comment::getFullMessage).toList();
    }
}
