package cn.scgov.bulletin.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A snippet of a text around the first match of search terms, as HTML: every character of the text is
 * escaped and the matches are wrapped in {@code <mark>}. Matching is by substring, ignoring case, as the
 * database's search matched (Chinese has no spaces to cut words at).
 */
public final class TextHighlight {

    private static final int BEFORE = 60;
    private static final int LENGTH = 200;

    private TextHighlight() {
    }

    /** The snippet as safe HTML: escaped text, matches in {@code <mark>}, "…" where the text was cut. */
    public static String snippet(String text, SearchTerms terms) {
        if (text == null) {
            return "";
        }
        int first = text.length();
        for (String term : terms.terms()) {
            int at = indexOf(text, term, 0);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        int start = first == text.length() ? 0 : Math.max(0, first - BEFORE);
        int end = Math.min(text.length(), start + LENGTH);
        start = boundary(text, start);
        end = boundary(text, end);
        String window = text.substring(start, end);
        boolean[] marked = new boolean[window.length()];
        for (String term : terms.terms()) {
            for (int at = indexOf(window, term, 0); at >= 0; at = indexOf(window, term, at + term.length())) {
                for (int i = at; i < at + term.length(); i++) {
                    marked[i] = true;
                }
            }
        }
        StringBuilder html = new StringBuilder();
        if (start > 0) {
            html.append('…');
        }
        List<int[]> runs = runs(marked);
        int from = 0;
        for (int[] run : runs) {
            html.append(HtmlUtils.htmlEscape(window.substring(from, run[0]), "UTF-8"));
            html.append("<mark>").append(HtmlUtils.htmlEscape(window.substring(run[0], run[1]), "UTF-8")).append("</mark>");
            from = run[1];
        }
        html.append(HtmlUtils.htmlEscape(window.substring(from), "UTF-8"));
        if (end < text.length()) {
            html.append('…');
        }
        return html.toString();
    }

    /** Where {@code term} first occurs in {@code text} from {@code from}, ignoring case; -1 if nowhere. */
    public static int indexOf(String text, String term, int from) {
        for (int i = from; i + term.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static List<int[]> runs(boolean[] marked) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                int j = i;
                while (j < marked.length && marked[j]) {
                    j++;
                }
                runs.add(new int[] {i, j});
                i = j;
            }
        }
        return runs;
    }
}
