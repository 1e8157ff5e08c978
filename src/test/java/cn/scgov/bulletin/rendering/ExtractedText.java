package cn.scgov.bulletin.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compares a sample's text, extracted from the printed PDF, with the hand-checked expected text of
 * the same issue: the words, not the layout, which the extraction lost (it breaks paragraphs into
 * printed lines and lists the masthead in varying order). Normalised away, and nothing else:
 * <ul>
 * <li>whitespace and line breaks of every kind (the samples' odd spacing, "2023年 3月 16日", "（共印 80 份）");</li>
 * <li>page-number lines ("— 8 —").</li>
 * </ul>
 * The masthead (everything before the first 一、 heading) is compared as a set of lines: each
 * expected line must be found in the other masthead once, and nothing may be left over. Layout
 * (paragraphs, masthead order, bold) is compared on the rendered formats with {@link ReadDocument}.
 */
final class ExtractedText {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[—–-]+\\s*\\d+\\s*[—–-]+\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000\\f]+");
    private static final Pattern FIRST_HEADING = Pattern.compile("^\\s*一、");

    final List<String> masthead;
    final String body;

    private ExtractedText(List<String> masthead, String body) {
        this.masthead = masthead;
        this.body = body;
    }

    static ExtractedText of(String text) {
        List<String> masthead = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        boolean inBody = false;
        for (String line : text.split("\\R")) {
            if (PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            inBody = inBody || FIRST_HEADING.matcher(line).find();
            String normalised = normalise(line);
            if (normalised.isEmpty()) {
                continue;
            }
            if (inBody) {
                body.append(normalised);
            } else {
                masthead.add(normalised);
            }
        }
        return new ExtractedText(masthead, body.toString());
    }

    static String normalise(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }

    /** Asserts that {@code other} reads the same: its masthead holds exactly these masthead lines, its body is this body. */
    void assertSameAs(ExtractedText other, String what) {
        String rest = String.join("", other.masthead);
        for (String line : masthead) {
            int at = rest.indexOf(line);
            assertThat(at).as("%s: masthead line «%s» in «%s»", what, line, rest).isGreaterThanOrEqualTo(0);
            rest = rest.substring(0, at) + rest.substring(at + line.length());
        }
        assertThat(rest).as("%s: masthead text left over", what).isEmpty();
        assertThat(other.body).as("%s: body", what).isEqualTo(body);
    }
}
