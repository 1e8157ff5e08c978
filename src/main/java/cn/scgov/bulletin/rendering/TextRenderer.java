package cn.scgov.bulletin.rendering;

import java.nio.charset.StandardCharsets;

import cn.scgov.bulletin.rendering.BulletinDocument.Block;

/**
 * The plain text of an issue, in reading order, one paragraph per line: the masthead lines, a blank
 * line, the numbered headings and paragraphs, a blank line, the colophon lines and the print run
 * (whichever the issue prints). Bold runs keep their {@code **} markers. For search, diffs and tests.
 */
final class TextRenderer {

    private TextRenderer() {
    }

    static String text(BulletinDocument document) {
        StringBuilder out = new StringBuilder();
        if (document.draft()) {
            out.append("【").append(BulletinDocument.DRAFT_NOTICE).append("】\n\n");
        }
        document.masthead().lines().forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        for (Block block : document.blocks()) {
            out.append(block.text()).append('\n');
        }
        if (document.hasColophon()) {
            out.append('\n');
            document.colophon().forEach(line -> out.append(line).append('\n'));
            if (document.printRun() != null) {
                out.append(document.printRun()).append('\n');
            }
        }
        return out.toString();
    }

    static byte[] render(BulletinDocument document) {
        return text(document).getBytes(StandardCharsets.UTF_8);
    }
}
