package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;

/** What Word reads from our DOCX: the GB/T 9704 page, grid, typefaces, page numbers and colophon rules. */
class DocxLayoutTests {

    private final XWPFDocument docx;

    DocxLayoutTests() throws Exception {
        docx = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(RenderersTests.sample(true))));
    }

    @Test
    void a4WithTheStandardMarginsAndA22By28Grid() {
        CTSectPr section = docx.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(twipsToMm(section.getPgMar().getTop())).isEqualTo(37.0);
        assertThat(twipsToMm(section.getPgMar().getBottom())).isEqualTo(35.0);
        assertThat(twipsToMm(section.getPgMar().getLeft())).isEqualTo(28.0);
        assertThat(twipsToMm(section.getPgMar().getRight())).isEqualTo(26.0);
        assertThat(section.getDocGrid().getType().toString()).isEqualTo("linesAndChars");
        int typeArea = 16838 - 2098 - 1984;
        assertThat(typeArea / section.getDocGrid().getLinePitch().intValue()).isEqualTo(22);
        double pitch = 16.0 + section.getDocGrid().getCharSpace().intValue() / 4096.0;
        assertThat((int) ((11906 - 1587 - 1474) / 20.0 / pitch)).isEqualTo(28);
    }

    @Test
    void officeTypefacesAreNamedForEastAsianText() {
        XWPFRun title = run("窗口工作周报");
        assertThat(title.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
        assertThat(title.getColor()).isEqualTo("E60012");
        assertThat(run("一、综窗改革攻坚行动").getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
        assertThat(run("（一）省本级综窗办件情况").getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("楷体_GB2312");
        XWPFRun body = run("本周，共计咨询");
        assertThat(body.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
        assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
        assertThat(docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getEastAsia())
                .isEqualTo("仿宋_GB2312");
    }

    @Test
    void pageNumbersInSongAtTheOutsideCorner() {
        assertThat(docx.getEvenAndOddHeadings()).isTrue();
        XWPFFooter odd = docx.getHeaderFooterPolicy().getDefaultFooter();
        XWPFFooter even = docx.getHeaderFooterPolicy().getEvenPageFooter();
        for (XWPFFooter footer : List.of(odd, even)) {
            XWPFParagraph paragraph = footer.getParagraphs().get(0);
            assertThat(paragraph.getCTP().xmlText()).contains("PAGE");
            assertThat(paragraph.getText()).startsWith("— ").endsWith(" —");
            assertThat(paragraph.getRuns()).allSatisfy(run -> {
                assertThat(run.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
                assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
            });
        }
        assertThat(odd.getParagraphs().get(0).getAlignment().toString()).isEqualTo("RIGHT");
        assertThat(even.getParagraphs().get(0).getAlignment().toString()).isEqualTo("LEFT");
    }

    @Test
    void theColophonSitsBetweenThickOuterAndThinInnerRules() {
        XWPFTable colophon = docx.getTables().get(docx.getTables().size() - 1);
        assertThat(colophon.getText()).contains("报：中心领导。", "（共印 94份）");
        CTTblBorders borders = colophon.getCTTbl().getTblPr().getTblBorders();
        assertThat(eighthsToMm(borders.getTop().getSz())).isCloseTo(0.35, org.assertj.core.data.Offset.offset(0.01));
        assertThat(eighthsToMm(borders.getBottom().getSz())).isCloseTo(0.35, org.assertj.core.data.Offset.offset(0.01));
        assertThat(eighthsToMm(borders.getInsideH().getSz())).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.02));
    }

    private XWPFRun run(String startingWith) {
        return docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(run -> run.text().startsWith(startingWith)).findFirst()
                .orElseGet(() -> docx.getTables().stream().flatMap(t -> t.getRows().stream())
                        .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream())
                        .flatMap(p -> p.getRuns().stream()).filter(run -> run.text().startsWith(startingWith)).findFirst()
                        .orElseThrow(() -> new AssertionError("no run " + startingWith)));
    }

    private static double twipsToMm(Object twips) {
        return Math.round(Double.parseDouble(twips.toString()) / 1440 * 25.4);
    }

    private static double eighthsToMm(BigInteger eighthsOfPoint) {
        return eighthsOfPoint.doubleValue() / 8 / 72 * 25.4;
    }
}
