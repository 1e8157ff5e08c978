package cn.scgov.bulletin.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * The one markup item texts may carry: {@code **…**} marks a bold run (the 2024 weekly prints
 * department names in bold). Plain text keeps the markers; HTML, DOCX and PDF print the run bold.
 * An unmatched {@code **} is ordinary text.
 */
final class Emphasis {

    private static final String MARK = "**";

    private Emphasis() {
    }

    record Span(String text, boolean bold) {
    }

    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf(MARK, at);
            int close = open < 0 ? -1 : text.indexOf(MARK, open + MARK.length());
            if (open < 0 || close < 0 || close == open + MARK.length()) {
                plain.append(text, at, open < 0 || close < 0 ? text.length() : close + MARK.length());
                at = open < 0 || close < 0 ? text.length() : close + MARK.length();
                continue;
            }
            plain.append(text, at, open);
            if (!plain.isEmpty()) {
                spans.add(new Span(plain.toString(), false));
                plain.setLength(0);
            }
            spans.add(new Span(text.substring(open + MARK.length(), close), true));
            at = close + MARK.length();
        }
        if (!plain.isEmpty()) {
            spans.add(new Span(plain.toString(), false));
        }
        return spans;
    }

    /** The text without markers, as HTML, DOCX and PDF show it. */
    static String strip(String text) {
        StringBuilder out = new StringBuilder();
        spans(text).forEach(span -> out.append(span.text()));
        return out.toString();
    }
}
