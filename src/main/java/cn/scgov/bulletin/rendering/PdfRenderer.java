package cn.scgov.bulletin.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The PDF for distribution: the XHTML of {@link HtmlRenderer} laid out by openhtmltopdf on A4 with
 * the GB/T 9704 geometry and page numbers, every font embedded (as a subset).
 */
@Component
class PdfRenderer {

    static {
        XRLog.setLoggerImpl(new OpenHtmlToPdfLog());
    }

    /** 方正小标宋 is heavy itself; only its light stand-ins (AR PL SungtiL …) are set bold. */
    private static final String UNEMBOLDENED_TITLES = ".bulletin .masthead-title, .bulletin .subtitle { font-weight: normal; }\n";

    private final PdfFonts fonts;

    PdfRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(BulletinDocument document) {
        PdfFonts.Selection selection = fonts.select(characters(document));
        return fonts.exclusively(() -> layOut(document, selection));
    }

    /** Every character the PDF of a document shows: its text, the page numbers and the draft marks. */
    static String characters(BulletinDocument document) {
        return TextRenderer.text(document) + "— 0123456789 —草稿" + BulletinDocument.DRAFT_NOTICE;
    }

    private byte[] layOut(BulletinDocument document, PdfFonts.Selection selection) {
        Map<FontFace, String> aliases = new LinkedHashMap<>();
        for (FontFace face : selection.faces()) {
            aliases.put(face, "bulletin-font-" + aliases.size());
        }
        Map<FontRole, String> families = new EnumMap<>(FontRole.class);
        selection.roles().forEach((role, face) -> {
            List<String> chain = new ArrayList<>();
            chain.add(aliases.get(face));
            aliases.values().stream().filter(alias -> !chain.contains(alias)).forEach(chain::add);
            families.put(role, String.join(", ", chain));
        });
        String html = withoutIgnorables(HtmlRenderer.html(document, HtmlRenderer.Medium.PDF, families,
                realXiaoBiaoSong(selection.roles().get(FontRole.TITLE)) ? UNEMBOLDENED_TITLES : ""));
        List<FontFace.Opened> transientFaces = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged for screen readers (PDF/UA); it also keeps the standard 14 PostScript fonts out of the layout.
            builder.usePdfUaAccessibility(true);
            builder.usePDDocument(pdf);
            builder.withHtmlContent(html, null);
            builder.withProducer("cn.scgov.bulletin");
            // Nothing from the network or the disk; placed images come inline as data: URIs.
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            aliases.forEach((face, alias) -> builder.useFont(new LazyFont(() -> load(pdf, face, transientFaces)), alias));
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF layout failed", e);
        } finally {
            for (FontFace.Opened face : transientFaces) {
                try {
                    face.close();
                } catch (IOException ignored) {
                    // a font file closed twice or gone; nothing to do
                }
            }
        }
        return out.toByteArray();
    }

    private PDFont load(PDDocument pdf, FontFace face, List<FontFace.Opened> transientFaces) {
        try {
            FontFace.Opened opened;
            if (fonts.isRoleFace(face)) {
                opened = fonts.kept(face);
            } else {
                opened = face.open();
                transientFaces.add(opened);
            }
            return PDType0Font.load(pdf, opened.font(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + face.path(), e);
        }
    }

    private static boolean realXiaoBiaoSong(FontFace face) {
        return face.nameContains("小标宋", "xiaobiaosong");
    }

    private static String withoutIgnorables(String html) {
        StringBuilder out = new StringBuilder(html.length());
        html.codePoints().filter(cp -> cp == '\n' || !PdfFonts.ignorable(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Parses a face only when the layout first needs one of its glyphs, so unused faces are not embedded. */
    private static final class LazyFont extends PDFontSupplier {

        private final java.util.function.Supplier<PDFont> loader;
        private PDFont font;

        LazyFont(java.util.function.Supplier<PDFont> loader) {
            super(null);
            this.loader = loader;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                font = loader.get();
            }
            return font;
        }
    }
}
