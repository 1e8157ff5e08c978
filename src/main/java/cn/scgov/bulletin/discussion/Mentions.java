package cn.scgov.bulletin.discussion;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @username} mentions of a text, each once in order of appearance. An {@code @} right after a
 * letter, digit, dot, underscore or hyphen is part of something else (an e-mail address) and names nobody;
 * a username ends with a letter, digit or underscore, so a full stop after it is not part of it.
 */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._-])@([A-Za-z0-9_](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9_])?)");

    private Mentions() {
    }

    static List<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }
}
