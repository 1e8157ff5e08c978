package cn.scgov.bulletin.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * What of a user's text gets printed: characters no document format can carry (controls, lone
 * surrogates, U+FFFE/U+FFFF) are dropped, tabs become spaces, and the text falls into paragraphs at
 * line breaks of every kind (CR, LF, NEL, U+2028, U+2029). A text with no paragraph prints nothing:
 * the compile page and the documents agree on that through this one class, so they number alike.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            } else if (c == '\t') {
                out.append(' ');
            } else if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\n' || c >= 0x20 && (c < 0x7F || c > 0x9F)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The non-blank paragraphs of a text, each stripped. */
    public static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : clean(text).split("\n")) {
            if (!line.isBlank()) {
                paragraphs.add(line.strip());
            }
        }
        return paragraphs;
    }

    /** Whether the text prints at all. */
    public static boolean prints(String text) {
        return !paragraphs(text).isEmpty();
    }

    /** The text as one line (its paragraphs joined by a space). */
    public static String line(String text) {
        return String.join(" ", paragraphs(text));
    }
}
