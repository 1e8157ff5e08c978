package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A document as a reader sees it, read back from one of its formats: the masthead's printed lines
 * in order (issuer and date share one), then every paragraph of the body and the colophon in
 * order, each with its bold runs. Two documents read the same when they have the same masthead
 * lines in the same order, the same paragraphs one by one and the same bold runs in each: the only
 * thing ignored is whitespace inside a line or paragraph (extractors add and drop spaces; a
 * paragraph boundary, a bracket or a bold run is never ignored).
 */
record ReadDocument(List<String> masthead, List<Paragraph> paragraphs) {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");

    /** A paragraph's text and its bold runs (adjacent bold text is one run). */
    record Paragraph(String text, List<String> bold) {

        /** A paragraph from runs of text, each bold or not. */
        static Paragraph of(List<Run> runs) {
            StringBuilder text = new StringBuilder();
            List<String> bold = new ArrayList<>();
            StringBuilder current = null;
            for (Run run : runs) {
                text.append(run.text());
                if (run.bold() && !normalise(run.text()).isEmpty()) {
                    if (current == null) {
                        current = new StringBuilder();
                    }
                    current.append(run.text());
                } else if (!normalise(run.text()).isEmpty() && current != null) {
                    bold.add(normalise(current.toString()));
                    current = null;
                }
            }
            if (current != null) {
                bold.add(normalise(current.toString()));
            }
            return new Paragraph(text.toString(), bold);
        }

        static Paragraph plain(String text) {
            return new Paragraph(text, List.of());
        }
    }

    /** A piece of a paragraph's text, bold or not. */
    record Run(String text, boolean bold) {
    }

    static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    List<String> paragraphTexts() {
        return paragraphs.stream().map(paragraph -> normalise(paragraph.text())).toList();
    }

    /** Asserts that this document, read from a format, reads exactly as {@code expected}. */
    void assertReadsAs(ReadDocument expected, String what) {
        assertThat(masthead.stream().map(ReadDocument::normalise).toList()).as("%s: masthead lines in order", what)
                .containsExactlyElementsOf(expected.masthead().stream().map(ReadDocument::normalise).toList());
        List<String> actual = paragraphTexts();
        List<String> wanted = expected.paragraphTexts();
        for (int i = 0; i < Math.min(actual.size(), wanted.size()); i++) {
            assertThat(actual.get(i)).as("%s: paragraph %d of %d (expected %d)", what, i + 1, actual.size(), wanted.size())
                    .isEqualTo(wanted.get(i));
        }
        assertThat(actual).as("%s: paragraphs", what).hasSameSizeAs(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            assertThat(paragraphs.get(i).bold()).as("%s: bold runs of paragraph %d «%s»", what, i + 1, wanted.get(i))
                    .containsExactlyElementsOf(expected.paragraphs().get(i).bold());
        }
    }
}
