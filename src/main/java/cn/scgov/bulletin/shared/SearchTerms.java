package cn.scgov.bulletin.shared;

import java.util.Arrays;
import java.util.List;

/**
 * What a user typed into a search box, read as terms: separated by spaces (also the full-width space
 * Chinese input methods type), each matched as a substring, all of them required.
 */
public record SearchTerms(List<String> terms) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_TERMS = 5;

    /** The terms of {@code text}; none for a blank text; 400 for a text too long or with too many terms. */
    public static SearchTerms of(String text) {
        if (text == null || text.isBlank()) {
            return new SearchTerms(List.of());
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.field("q", "检索词不超过 " + MAX_LENGTH + " 个字符");
        }
        List<String> terms = Arrays.stream(text.strip().split("[\\s\\u3000]+")).filter(t -> !t.isEmpty())
                .distinct().toList();
        if (terms.size() > MAX_TERMS) {
            throw InvalidInputException.field("q", "检索词最多 " + MAX_TERMS + " 个（以空格分隔）");
        }
        return new SearchTerms(terms);
    }

    /** The terms as LIKE patterns (wildcards in them escaped), for a case-insensitive {@code LOWER(column) LIKE}. */
    public List<String> likePatterns() {
        return terms.stream().map(term -> Sql.likeContains(term.toLowerCase(java.util.Locale.ROOT))).toList();
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether every term occurs in {@code text}, ignoring case. */
    public boolean allIn(String text) {
        return text != null && terms.stream().allMatch(term -> TextHighlight.indexOf(text, term, 0) >= 0);
    }
}
