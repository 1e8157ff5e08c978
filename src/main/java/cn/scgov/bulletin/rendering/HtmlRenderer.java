package cn.scgov.bulletin.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import cn.scgov.bulletin.rendering.BulletinDocument.Block;
import cn.scgov.bulletin.rendering.BulletinDocument.Heading;
import cn.scgov.bulletin.rendering.BulletinDocument.Paragraph;

/**
 * The issue as XHTML (also valid HTML5): the browser preview, and the markup the PDF is laid out
 * from. All text is escaped; the page carries no script and loads nothing.
 */
final class HtmlRenderer {

    enum Medium {
        SCREEN("rendering/screen.css"), PDF("rendering/pdf.css");

        private final String stylesheet;

        Medium(String stylesheet) {
            this.stylesheet = stylesheet;
        }
    }

    private static final java.util.Set<String> GENERIC_FAMILIES = java.util.Set.of("serif", "sans-serif", "monospace");
    private static final String COMMON = resource("rendering/bulletin.css");
    private static final Map<Medium, String> STYLESHEETS = java.util.Arrays.stream(Medium.values())
            .collect(Collectors.toMap(medium -> medium, medium -> resource(medium.stylesheet)));

    private HtmlRenderer() {
    }

    /** The browser preview, with the office fonts and their fallbacks. */
    static String html(BulletinDocument document) {
        return html(document, Medium.SCREEN, Map.of());
    }

    /** {@code families} gives each role's CSS font-family list; roles not given use {@link FontRole#screen()}. */
    static String html(BulletinDocument document, Medium medium, Map<FontRole, String> families) {
        return html(document, medium, families, "");
    }

    /** {@code extraCss} is appended to the stylesheets (the PDF adjusts weights to the fonts it found). */
    static String html(BulletinDocument document, Medium medium, Map<FontRole, String> families, String extraCss) {
        StringBuilder out = new StringBuilder(16_384);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"UTF-8\"/>\n<title>").append(escape(title(document))).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(escape(document.masthead().issuer())).append("\"/>\n")
                .append("<meta name=\"subject\" content=\"").append(escape(description(document))).append("\"/>\n")
                .append("<style>\n").append(fill(COMMON + STYLESHEETS.get(medium), families)).append(extraCss).append("</style>\n")
                .append("</head>\n<body>\n");
        if (document.draft()) {
            out.append("<div class=\"watermark\" aria-hidden=\"true\">草稿</div>\n");
        }
        out.append("<div class=\"sheet bulletin").append(document.draft() ? " draft" : "").append("\">\n");
        if (document.draft()) {
            out.append("<p class=\"draft-notice\">").append(escape(BulletinDocument.DRAFT_NOTICE)).append("</p>\n");
        }
        masthead(document.masthead(), out);
        out.append("<main>\n");
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                String tag = "h" + Math.min(heading.level() + 1, 6);
                out.append('<').append(tag).append(" class=\"heading level-").append(heading.level()).append("\">")
                        .append(escape(heading.text())).append("</").append(tag).append(">\n");
            } else if (block instanceof Paragraph paragraph) {
                out.append("<p class=\"paragraph\">");
                if (paragraph.number() != null) {
                    out.append(escape(paragraph.number()));
                }
                for (Emphasis.Span span : paragraph.spans()) {
                    out.append(span.bold() ? "<strong>" + escape(span.text()) + "</strong>" : escape(span.text()));
                }
                out.append("</p>\n");
            } else if (block instanceof BulletinDocument.Figure figure) {
                figure(figure, out);
            }
        }
        out.append("</main>\n");
        if (document.hasColophon()) {
            out.append("<footer class=\"colophon\">\n");
            for (String line : document.colophon()) {
                out.append("<p class=\"colophon-line\">").append(escape(line)).append("</p>\n");
            }
            if (document.printRun() != null) {
                out.append("<p class=\"print-run\">").append(escape(document.printRun())).append("</p>\n");
            }
            out.append("</footer>\n");
        }
        out.append("</div>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Text width of the page (A4 less the 28 and 26 mm side margins). */
    static final double TEXT_WIDTH_MM = 156;

    /**
     * The image as a data: URI (the preview and the PDF load nothing), at its natural size at 96 dpi
     * but never wider than the text.
     */
    private static void figure(BulletinDocument.Figure figure, StringBuilder out) {
        double naturalMm = figure.width() * 25.4 / 96;
        double widthMm = Math.min(naturalMm, TEXT_WIDTH_MM);
        out.append("<div class=\"figure\"><img class=\"figure-image\" src=\"data:").append(figure.png() ? "image/png" : "image/jpeg")
                .append(";base64,").append(java.util.Base64.getEncoder().encodeToString(figure.content()))
                .append("\" alt=\"").append(escape(figure.caption() == null ? "图片" : figure.caption()))
                .append("\" style=\"").append(String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm",
                        widthMm, widthMm * figure.height() / figure.width())).append("\"/>");
        if (figure.caption() != null) {
            out.append("<p class=\"figure-caption\">").append(escape(figure.caption())).append("</p>");
        }
        out.append("</div>\n");
    }

    static byte[] render(BulletinDocument document) {
        return html(document).getBytes(StandardCharsets.UTF_8);
    }

    private static void masthead(BulletinDocument.Masthead masthead, StringBuilder out) {
        out.append("<header class=\"masthead\">\n<h1 class=\"masthead-title\">").append(escape(masthead.title()))
                .append("</h1>\n<p class=\"issue-line\">").append(escape(masthead.issueLine())).append("</p>\n")
                .append("<table class=\"issuer-line\"><tr><td class=\"issuer\">").append(escape(masthead.issuer()))
                .append("</td><td class=\"issue-date\">").append(escape(masthead.date())).append("</td></tr></table>\n")
                .append("<div class=\"red-rule\"></div>\n");
        if (masthead.subtitle() != null) {
            out.append("<p class=\"subtitle\">").append(escape(masthead.subtitle())).append("</p>\n");
        }
        if (masthead.periodLine() != null) {
            out.append("<p class=\"period\">").append(escape(masthead.periodLine())).append("</p>\n");
        }
        out.append("</header>\n");
    }

    private static String title(BulletinDocument document) {
        return document.masthead().title() + " " + document.masthead().issueLine() + (document.draft() ? "（草稿）" : "");
    }

    private static String description(BulletinDocument document) {
        BulletinDocument.Masthead masthead = document.masthead();
        return masthead.issuer() + "《" + masthead.title() + "》" + masthead.issueLine() + "，" + masthead.date()
                + (document.draft() ? "（草稿）" : "");
    }

    private static String fill(String css, Map<FontRole, String> families) {
        String filled = css;
        for (FontRole role : FontRole.values()) {
            String family = families.containsKey(role) ? families.get(role)
                    : role.screen().stream().map(name -> GENERIC_FAMILIES.contains(name) ? name : "\"" + name + "\"")
                            .collect(Collectors.joining(", "));
            filled = filled.replace(role.placeholder(), family);
        }
        return filled;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String path) {
        try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing stylesheet " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
