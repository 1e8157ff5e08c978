package cn.scgov.bulletin.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * An issue as a document, in reading order: what every format renders. Numbers are already
 * computed; texts are already cleaned of characters no format can carry. {@code printRun} is null
 * when the issue prints no print-run line (0 copies); with no colophon line and no print run the
 * document has no colophon block at all.
 */
public record BulletinDocument(boolean draft, Masthead masthead, List<Block> blocks, List<String> colophon, String printRun) {

    /**
     * 版头: title, issue line, issuer and date (one line in print), then the subtitle and the period
     * line, each null when the issue prints none.
     */
    public record Masthead(String title, String issueLine, String issuer, String date, String subtitle, String periodLine) {

        /** The masthead as lines of text, in the order they are printed. */
        List<String> lines() {
            List<String> lines = new ArrayList<>(List.of(title, issueLine, issuer, date));
            if (subtitle != null) {
                lines.add(subtitle);
            }
            if (periodLine != null) {
                lines.add(periodLine);
            }
            return lines;
        }
    }

    /** Whether the document ends with a colophon block (版记): some line of it, or the print run. */
    boolean hasColophon() {
        return !colophon.isEmpty() || printRun != null;
    }

    sealed interface Block permits Heading, Paragraph, Figure {
        /** The block as plain text (emphasis kept as {@code **…**}). */
        String text();
    }

    /** A section heading at {@code level} (1 = 一、), with its computed number. */
    public record Heading(int level, String number, String title) implements Block {
        @Override
        public String text() {
            return number + title;
        }
    }

    /** A paragraph: an item, an intro, a statistics sentence or a checklist finding; {@code number} may be null. */
    public record Paragraph(String number, String body) implements Block {
        @Override
        public String text() {
            return number == null ? body : number + body;
        }

        List<Emphasis.Span> spans() {
            return Emphasis.spans(body);
        }
    }

    /**
     * An image placed after an item (PNG or JPEG, verified on upload), printed at most the text width
     * wide, with its caption (null: none) centred below. As text: 〔图〕 and the caption.
     */
    record Figure(byte[] content, String contentType, int width, int height, String caption) implements Block {
        @Override
        public String text() {
            return caption == null ? "〔图〕" : "〔图〕" + caption;
        }

        boolean png() {
            return "image/png".equals(contentType);
        }
    }

    /** The same document marked as a draft: every preview is one, whatever the issue's state. */
    BulletinDocument asDraft() {
        return draft ? this : new BulletinDocument(true, masthead, blocks, colophon, printRun);
    }

    /** A name for the document's files: title and issue line, marked as a draft before sign-off. */
    String name() {
        return masthead.title() + masthead.issueLine() + (draft ? "（草稿）" : "");
    }

    static final String DRAFT_NOTICE = "草稿：未签发，期号与日期为预计，不得印发";
}
