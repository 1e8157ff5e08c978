package cn.scgov.bulletin.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.scgov.bulletin.rendering.ReadDocument.Paragraph;
import cn.scgov.bulletin.rendering.ReadDocument.Run;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a GB/T 9704 page the way a reader's eye does, from where the glyphs sit: glyphs on one
 * baseline are a line; a line starting two characters in from the type area's left edge (28 mm)
 * starts a paragraph, a line starting at the edge continues the one before; any other line (the
 * centred masthead, the colophon set in from the rules, the right-aligned print run) is a line of
 * its own, unless it continues the line above it at the same left edge and line pitch (a wrapped
 * colophon line). The masthead is every line before the first indented one. A glyph is bold when
 * it is drawn with a stroke over its fill (how openhtmltopdf and LibreOffice embolden a font that
 * has no bold face) or in a bold font. Page numbers, below the type area, are left out.
 */
final class PdfLayoutReader {

    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 28f;
    /** Two 16 pt characters. */
    private static final float INDENT = LEFT + 32f / MM;
    private static final float TOLERANCE = 1.2f;
    /** Page numbers sit below the type area, which ends 35 mm above the bottom of the A4 page. */
    private static final float TYPE_AREA_BOTTOM = 297f - 35f;

    private PdfLayoutReader() {
    }

    private record Glyph(int page, String text, float left, float baseline, boolean bold) {
    }

    private record Line(int page, float baseline, float left, List<Glyph> glyphs) {

        String text() {
            StringBuilder out = new StringBuilder();
            glyphs.forEach(glyph -> out.append(glyph.text()));
            return out.toString();
        }
    }

    static ReadDocument read(Path pdf) throws IOException {
        return read(Files.readAllBytes(pdf));
    }

    static ReadDocument read(byte[] pdf) throws IOException {
        List<Line> lines = lines(glyphs(pdf));
        List<String> masthead = new ArrayList<>();
        List<List<Run>> paragraphs = new ArrayList<>();
        boolean body = false;
        Line previous = null;
        for (Line line : lines) {
            boolean indented = Math.abs(line.left() - INDENT) <= TOLERANCE;
            body = body || indented;
            if (!body) {
                masthead.add(line.text());
                continue;
            }
            boolean atEdge = Math.abs(line.left() - LEFT) <= TOLERANCE;
            boolean continuesFree = previous != null && !indented && !atEdge && previous.page() == line.page()
                    && Math.abs(previous.left() - line.left()) <= 0.5f && line.baseline() - previous.baseline() <= 26f;
            if (paragraphs.isEmpty() || indented || !(atEdge || continuesFree)) {
                paragraphs.add(new ArrayList<>());
            }
            List<Run> runs = paragraphs.get(paragraphs.size() - 1);
            line.glyphs().forEach(glyph -> runs.add(new Run(glyph.text(), glyph.bold())));
            previous = line;
        }
        return new ReadDocument(masthead, paragraphs.stream().map(Paragraph::of).toList());
    }

    private static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
                    String font = position.getFont() == null || position.getFont().getName() == null ? ""
                            : position.getFont().getName().toLowerCase(java.util.Locale.ROOT);
                    boolean bold = mode == RenderingMode.FILL_STROKE || mode == RenderingMode.STROKE
                            || font.contains("bold");
                    float baseline = position.getYDirAdj();
                    if (baseline / MM > TYPE_AREA_BOTTOM + 2f) {
                        return;
                    }
                    glyphs.add(new Glyph(getCurrentPageNo(), position.getUnicode(), position.getXDirAdj() / MM, baseline,
                            bold));
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    /** Glyphs grouped by page and baseline, each line's glyphs left to right (a glyph drawn twice counted once). */
    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparing(Glyph::baseline).thenComparing(Glyph::left));
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.get(0).page() == glyph.page() && Math.abs(last.get(0).baseline() - glyph.baseline()) < 3f) {
                last.add(glyph);
            } else {
                groups.add(new ArrayList<>(List.of(glyph)));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparing(Glyph::left));
            List<Glyph> unique = new ArrayList<>();
            for (Glyph glyph : group) {
                Glyph before = unique.isEmpty() ? null : unique.get(unique.size() - 1);
                if (before != null && before.text().equals(glyph.text()) && Math.abs(before.left() - glyph.left()) < 0.3f) {
                    continue;
                }
                unique.add(glyph);
            }
            var left = unique.stream().filter(glyph -> !glyph.text().isBlank()).mapToDouble(Glyph::left).min();
            if (left.isPresent()) {
                lines.add(new Line(unique.get(0).page(), unique.get(0).baseline(), (float) left.getAsDouble(), unique));
            }
        }
        return lines;
    }
}
