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
 * out as printed, in every format. Each sample has a hand-checked expected text (samples/&lt;name&gt;
 * .expected.txt): the masthead lines in printed order, one paragraph per line, bold runs marked. It
 * is tied to the sample twice: its words are the words of the sample's extracted text (whitespace
 * and page numbers aside), and each of its paragraphs starts where a printed line of the sample
 * starts. Then the plain text must equal it exactly, and the HTML (elements), the DOCX (Word's
 * paragraphs and runs), the PDF (glyph positions and weights) and the DOCX printed by LibreOffice
 * must read as it: the masthead in order, paragraph by paragraph, brackets as printed, the same
 * bold runs. Each sample's four files are left in target/rendered/ for anyone to open.
 *
 * <p>Errata of the samples, applied here explicitly and nowhere else: weekly-2022-35 numbers its
 * second top-level section 一、 again (the outline gives 二、) and prints some third-level numbers
 * with half-width brackets, (2) and (三), where its style (and the rest of the issue) has （2）;
 * weekly-2023-08's extraction lacks the title 窗口工作周报, printed there as a graphic.
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
        String expectedText = SampleIssues.expected(name);
        String sample = withErrata(name, SampleIssues.text(name));
        ExtractedText.of(sample).assertSameAs(ExtractedText.of(expectedText), name + " sample vs expected text");
        assertParagraphsStartOnPrintedLines(sample, expectedText, name);

        ReadDocument expected = DocumentReaders.fromText(expectedText);
        String text = new String(files.get(DocumentFormat.TXT).content(), StandardCharsets.UTF_8);
        assertThat(text).as(name + " plain text").isEqualTo(expectedText);
        DocumentReaders.fromHtml(files.get(DocumentFormat.HTML).content()).assertReadsAs(expected, name + " HTML");
        DocumentReaders.fromDocx(files.get(DocumentFormat.DOCX).content()).assertReadsAs(expected, name + " DOCX");
        Path pdf = RENDERED.resolve(name + ".pdf");
        DocumentReaders.fromPdf(pdf).assertReadsAs(expected, name + " PDF");

        assertThat(historyOf(issue)).anySatisfy(comment -> assertThat(comment)
                .contains("pdf " + files.get(DocumentFormat.PDF).sha256())
                .contains("docx " + files.get(DocumentFormat.DOCX).sha256()));
        assertThat(jdbc.sql("SELECT detail FROM process_log WHERE issue_id = :issue AND action = 'DOCUMENTS_FROZEN'")
                .param("issue", issue.id()).query(String.class).list())
                .singleElement().asString().contains("html " + files.get(DocumentFormat.HTML).sha256());

        Tools.requirePoppler();
        PdfChecks.assertEveryFontEmbedded(pdf);
        PdfChecks.assertGbT9704Geometry(pdf);
        assertThat(Tools.firstPagePng(pdf)).exists();

        Tools.requireLibreOffice();
        Path printed = Tools.docxToPdf(RENDERED.resolve(name + ".docx"), RENDERED.resolve("libreoffice"));
        DocumentReaders.fromPdf(printed).assertReadsAs(expected, name + " DOCX printed by LibreOffice");
        assertThat(Tools.pdfInfo(printed)).contains("(A4)");
        assertThat(Tools.firstPagePng(printed)).exists();
    }

    /** The samples' own mistakes, corrected where the test reads them (see the class comment). */
    static String withErrata(String name, String sample) {
        return switch (name) {
            case "weekly-2022-35" -> {
                assertThat(sample.split("一、窗口工作动态", -1)).as("the 2022 typo is still there").hasSize(2);
                java.util.regex.Pattern halfWidth = java.util.regex.Pattern.compile("\\((\\d|三)\\)");
                assertThat(halfWidth.matcher(sample).results().map(m -> m.group()).toList())
                        .as("the 2022 half-width brackets").containsExactly("(2)", "(3)", "(3)", "(三)", "(1)", "(2)", "(3)", "(4)");
                yield halfWidth.matcher(sample.replace("一、窗口工作动态", "二、窗口工作动态")).replaceAll("（$1）");
            }
            case "weekly-2023-08" -> "窗口工作周报\n" + sample;
            default -> sample;
        };
    }

    /**
     * The extraction breaks paragraphs into printed lines but never joins two paragraphs on one
     * line: every expected paragraph (of the body and colophon) must start at the start of a line of
     * the sample, so a paragraph boundary the expected text invents is caught. (The samples mark
     * their bold runs with ** as the expected texts do.)
     */
    private static void assertParagraphsStartOnPrintedLines(String sample, String expectedText, String name) {
        java.util.Set<Integer> lineStarts = new java.util.HashSet<>();
        StringBuilder joined = new StringBuilder();
        for (String line : sample.split("\\R")) {
            String normalised = ExtractedText.normalise(line);
            if (!normalised.isEmpty() && !normalised.matches("[—–-]+\\d+[—–-]+")) {
                lineStarts.add(joined.length());
                joined.append(normalised);
            }
        }
        int from = 0;
        java.util.List<String> lines = java.util.List.of(expectedText.split("\n"));
        for (String line : lines.subList(lines.indexOf(""), lines.size())) {
            String text = ExtractedText.normalise(line);
            if (text.isEmpty()) {
                continue;
            }
            int at = joined.indexOf(text, from);
            assertThat(at).as("%s: paragraph «%s» in the sample", name, text).isGreaterThanOrEqualTo(0);
            assertThat(lineStarts).as("%s: paragraph «%s» starts a printed line of the sample", name, text).contains(at);
            from = at + text.length();
        }
    }

    private java.util.List<String> historyOf(Issue issue) {
        return taskService.getProcessInstanceComments(issue.processInstanceId(), IssueProcess.OPINION_COMMENT).stream()
                .map(Comment::getFullMessage).toList();
    }
}
