package cn.scgov.bulletin.notice.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template text with placeholders in braces, {@code {issue}}. A brace that opens no placeholder
 * (a lone "{" or "}") is an error too, so a typo never reaches a recipient as half a placeholder.
 */
final class TemplateText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private TemplateText() {
    }

    /** The placeholders used in the text that the allowed set does not have, in order of appearance. */
    static Set<String> unknown(String text, Set<String> allowed) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!allowed.contains(matcher.group(1))) {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        return unknown;
    }

    /** Whether braces are left over once the placeholders are taken out. */
    static boolean strayBraces(String text) {
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        return rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0;
    }

    /** Replaces each placeholder by its value (an absent value by nothing). Values are not scanned again. */
    static String render(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
