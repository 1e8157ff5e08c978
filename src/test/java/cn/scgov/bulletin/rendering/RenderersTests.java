package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The renderers on a hand-written issue, without the application: every format reads back as the
 * document (masthead in order, paragraph by paragraph, bold runs), and the comparison fails for a
 * wrong layout in each of them.
 */
class RenderersTests {

    static PdfFonts fonts;

    @BeforeAll
    static void fonts() {
        fonts = new PdfFonts(new RenderingSettings(List.of("/usr/share/fonts/truetype", "/usr/local/share/fonts")));
    }

    @AfterAll
    static void closeFonts() throws IOException {
        fonts.destroy();
    }

    static BulletinDocument sample(boolean numbered) {
        Documents documents = new Documents();
        long reform = documents.narrative(null, 1, "综窗改革攻坚行动", false);
        documents.section(reform, 2, "省本级综窗办件情况", false, null, null,
                "本周，共计咨询 882 人次、受理 109 件、颁发 81 件、流转 7798 件；今年以来，累计咨询 3466 人次、受理 1377 件、颁发 10435 件、流转 27584 件。",
                List.of(), List.of());
        documents.narrative(reform, 2, "推进情况", true, "完善《四川省政务服务综合窗口攻坚破难行动方案》和《省本级政务服务综合窗口改革工作方案》。",
                "组织省发改委、公安厅、商务厅业务骨干对14名综合窗口工作人员进行业务培训3次。");
        long news = documents.narrative(null, 1, "窗口工作动态", false);
        String longText = "住房城乡建设厅落实《住房和城乡建设部办公厅关于建设工程企业资质有关事宜的通知》要求，从2023年2月20日起，受理建筑业企业二级资质申请。"
                + "全省范围内具有法人资格的建筑业企业可直接申请施工总承包、专业承包二级资质；持有施工总承包、专业承包三级资质的企业，可按照现行二级资质标准要求申请升级，也可直接申请二级资质。";
        documents.narrative(news, 2, "优化营商环境工作开展情况", true, longText, "本周，**自然资源厅**召开专题会。" + longText,
                longText, longText, longText);
        documents.narrative(news, 2, "厅（局）长进大厅", true, longText, longText, longText, longText, longText, longText);
        documents.section(null, 1, "大厅巡查情况", true, null, null, null, List.of(),
                List.of("按时到岗情况。总体情况良好。", "工作区域标准化执行情况。总体情况良好。", "着装情况。总体情况良好。",
                        "工作牌佩戴情况。总体情况良好。", "纪律秩序。总体情况良好。", "大厅防控情况。大厅人员管控到位，物业对大厅各点位消杀落实到位，大厅运行保障有序。"));
        return documents.document(numbered);
    }

    @Test
    void everyFormatReadsAsTheDocument() throws Exception {
        Path out = Path.of("target", "rendered", "unit");
        Files.createDirectories(out);
        for (boolean numbered : new boolean[] {true, false}) {
            BulletinDocument document = sample(numbered);
            String name = numbered ? "final" : "draft";
            Files.writeString(out.resolve(name + ".txt"), TextRenderer.text(document));
            Files.writeString(out.resolve(name + ".html"), HtmlRenderer.html(document));
            Files.write(out.resolve(name + ".docx"), DocxRenderer.render(document));
            Files.write(out.resolve(name + ".pdf"), new PdfRenderer(fonts).render(document));
        }
        String text = Files.readString(out.resolve("final.txt"));
        assertThat(text.lines()).containsSubsequence("窗口工作周报", "2023年第8期（总第428期）",
                "四川省政府政务服务和公共资源交易服务中心", "2023年3月16日", "政务服务工作", "（2月27日—3月3日）", "",
                "一、综窗改革攻坚行动", "（一）省本级综窗办件情况");
        assertThat(text).contains("1.完善《", "2.本周，**自然资源厅**召开专题会。", "（六）大厅防控情况。大厅人员管控到位",
                "\n\n报：中心领导。\n", "（共印 94份）\n");
        ReadDocument expected = DocumentReaders.fromText(text);
        assertThat(expected.paragraphs()).filteredOn(p -> !p.bold().isEmpty()).singleElement()
                .satisfies(p -> assertThat(p.bold()).containsExactly("自然资源厅"));
        DocumentReaders.fromHtml(Files.readAllBytes(out.resolve("final.html"))).assertReadsAs(expected, "HTML");
        DocumentReaders.fromDocx(Files.readAllBytes(out.resolve("final.docx"))).assertReadsAs(expected, "DOCX");
        DocumentReaders.fromPdf(out.resolve("final.pdf")).assertReadsAs(expected, "PDF");

        assertThat(Files.readString(out.resolve("draft.txt"))).startsWith("【" + BulletinDocument.DRAFT_NOTICE + "】");
        assertThat(Files.readString(out.resolve("draft.html"))).contains(BulletinDocument.DRAFT_NOTICE);
        assertThat(DocumentReaders.fromText(Files.readString(out.resolve("draft.txt"))).paragraphTexts())
                .isEqualTo(expected.paragraphTexts());
        assertThat(DocumentReaders.fromDocx(Files.readAllBytes(out.resolve("draft.docx"))).paragraphTexts())
                .isEqualTo(expected.paragraphTexts());
        assertThat(Files.readString(out.resolve("draft.html"))).contains("class=\"watermark\"");
    }

    /**
     * The comparison would catch a wrong layout in every format: two items merged into one paragraph,
     * the masthead out of order, half-width brackets where the style has full-width ones, a bold run
     * printed plain.
     */
    @Test
    void aWrongLayoutIsCaughtInEveryFormat() throws Exception {
        BulletinDocument right = sample(true);
        ReadDocument expected = DocumentReaders.fromText(TextRenderer.text(right));
        Map<String, BulletinDocument> wrong = new LinkedHashMap<>();
        wrong.put("two items merged", withBlocks(right, merged(right.blocks())));
        BulletinDocument.Masthead m = right.masthead();
        wrong.put("masthead out of order", new BulletinDocument(false, new BulletinDocument.Masthead(m.issueLine(), m.title(),
                m.issuer(), m.date(), m.subtitle(), m.periodLine()), right.blocks(), right.colophon(), right.printRun()));
        wrong.put("half-width brackets", withBlocks(right, right.blocks().stream().map(block -> block instanceof
                BulletinDocument.Heading heading && heading.number().equals("（一）")
                ? new BulletinDocument.Heading(heading.level(), "(一)", heading.title()) : block).toList()));
        wrong.put("bold lost", withBlocks(right, right.blocks().stream().map(block -> block instanceof
                BulletinDocument.Paragraph paragraph && paragraph.body().contains("**")
                ? new BulletinDocument.Paragraph(paragraph.number(), paragraph.body().replace("**", "")) : block).toList()));
        for (Map.Entry<String, BulletinDocument> entry : wrong.entrySet()) {
            BulletinDocument document = entry.getValue();
            Map<String, ThrowingCallable> reads = new LinkedHashMap<>();
            reads.put("text", () -> DocumentReaders.fromText(TextRenderer.text(document)).assertReadsAs(expected, "text"));
            reads.put("HTML", () -> DocumentReaders.fromHtml(HtmlRenderer.html(document).getBytes(StandardCharsets.UTF_8))
                    .assertReadsAs(expected, "HTML"));
            reads.put("DOCX", () -> DocumentReaders.fromDocx(DocxRenderer.render(document)).assertReadsAs(expected, "DOCX"));
            reads.put("PDF", () -> DocumentReaders.fromPdf(new PdfRenderer(fonts).render(document))
                    .assertReadsAs(expected, "PDF"));
            reads.forEach((format, read) -> assertThatThrownBy(read).as("%s in %s", entry.getKey(), format)
                    .isInstanceOf(AssertionError.class));
        }
    }

    private static BulletinDocument withBlocks(BulletinDocument document, List<BulletinDocument.Block> blocks) {
        return new BulletinDocument(document.draft(), document.masthead(), blocks, document.colophon(), document.printRun());
    }

    /** The blocks with the first two consecutive numbered paragraphs printed as one. */
    private static List<BulletinDocument.Block> merged(List<BulletinDocument.Block> blocks) {
        List<BulletinDocument.Block> merged = new ArrayList<>(blocks);
        for (int i = 0; i + 1 < merged.size(); i++) {
            if (merged.get(i) instanceof BulletinDocument.Paragraph first && first.number() != null
                    && merged.get(i + 1) instanceof BulletinDocument.Paragraph second && second.number() != null) {
                merged.set(i, new BulletinDocument.Paragraph(first.number(), first.body() + second.text()));
                merged.remove(i + 1);
                return merged;
            }
        }
        throw new AssertionError("no two numbered paragraphs in a row");
    }
}
