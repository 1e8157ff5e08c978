package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a printer would measure on our PDFs: A4, the GB/T 9704 type area, page numbers, embedded fonts. */
final class PdfChecks {

    static final float MM = 72f / 25.4f;

    private PdfChecks() {
    }

    /** pdffonts lists every font as embedded ("emb" yes). */
    static void assertEveryFontEmbedded(Path pdf) {
        List<String> rows = Tools.pdfFonts(pdf).lines().skip(2).filter(line -> !line.isBlank()).toList();
        assertThat(rows).as("fonts of %s", pdf).isNotEmpty();
        for (String row : rows) {
            String[] columns = row.trim().split("\\s+");
            // name type… encoding emb sub uni object-id generation: emb is the 5th column from the end
            assertThat(columns[columns.length - 5]).as("embedded: %s", row).isEqualTo("yes");
        }
    }

    /** One glyph as it sits on a page, in millimetres from the top left corner. */
    record Glyph(int page, String text, float left, float right, float top, float bottom) {
    }

    static List<Glyph> glyphs(Path pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float bottom = p.getYDirAdj();
                        glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj() / MM,
                                (p.getXDirAdj() + p.getWidthDirAdj()) / MM, (bottom - p.getFontSizeInPt() * 0.88f) / MM,
                                bottom / MM));
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDRectangle size = document.getPage(i).getMediaBox();
                assertThat(size.getWidth() / MM).as("page width (mm)").isCloseTo(210f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(size.getHeight() / MM).as("page height (mm)").isCloseTo(297f, org.assertj.core.data.Offset.offset(0.5f));
            }
        }
        return glyphs;
    }

    /**
     * A4; text inside the type area (left 28 mm, right 26 mm, top 37 mm, bottom 35 mm), reaching its
     * left and right edges (justified lines); page numbers 7 mm under it at the outside corner.
     */
    static void assertGbT9704Geometry(Path pdf) throws IOException {
        assertThat(Tools.pdfInfo(pdf)).contains("(A4)");
        List<Glyph> glyphs = glyphs(pdf);
        float areaBottom = 297f - 35f;
        List<Glyph> body = glyphs.stream().filter(g -> g.bottom() < areaBottom + 2f && !g.text().isBlank()).toList();
        List<Glyph> numbers = glyphs.stream().filter(g -> g.top() > areaBottom && !g.text().isBlank()).toList();
        assertThat(body).isNotEmpty();
        float left = (float) body.stream().mapToDouble(Glyph::left).min().orElseThrow();
        float right = (float) body.stream().mapToDouble(Glyph::right).max().orElseThrow();
        float top = (float) body.stream().mapToDouble(Glyph::top).min().orElseThrow();
        float bottom = (float) body.stream().mapToDouble(Glyph::bottom).max().orElseThrow();
        assertThat(left).as("left edge of the text (mm)").isBetween(27.5f, 29f);
        assertThat(right).as("right edge of the text (mm)").isBetween(182f, 184.5f);
        assertThat(top).as("top of the first line (mm)").isBetween(36.5f, 48f);
        assertThat(bottom).as("bottom of the last line (mm)").isLessThanOrEqualTo(areaBottom + 0.5f);
        assertThat(numbers).as("page numbers").isNotEmpty();
        for (Glyph digit : numbers) {
            assertThat(digit.top()).as("page number %s below the type area (mm)", digit.text()).isBetween(areaBottom + 5f, areaBottom + 12f);
            if (digit.page() % 2 == 1) {
                assertThat(digit.right()).as("odd page %s: number at the right", digit.page()).isBetween(150f, 184.5f);
            } else {
                assertThat(digit.left()).as("even page %s: number at the left", digit.page()).isBetween(27.5f, 60f);
            }
        }
    }
}
