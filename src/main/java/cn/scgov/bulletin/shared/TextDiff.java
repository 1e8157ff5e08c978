package cn.scgov.bulletin.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two versions of a text, word by word as a Chinese reader sees it: each Chinese
 * character (each grapheme) is a token, a run of latin letters or digits (a figure such as 1234, a
 * code such as ABC12) is one token. The diff itself is java-diff-utils' Myers diff over those tokens.
 */
public final class TextDiff {

    public enum Op {
        EQUAL, INSERT, DELETE
    }

    public record Segment(Op op, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+|\\r\\n|\\X");

    private TextDiff() {
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** The segments that turn {@code before} into {@code after}; adjacent segments of one kind are joined. */
    public static List<Segment> between(String before, String after) {
        List<String> source = tokens(before);
        List<String> target = tokens(after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(source, target).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Op.EQUAL, source.subList(position, start));
            add(segments, Op.DELETE, delta.getSource().getLines());
            add(segments, Op.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Op.EQUAL, source.subList(position, source.size()));
        return segments;
    }

    /** True when the two versions differ at all. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(segment -> segment.op() != Op.EQUAL);
    }

    private static void add(List<Segment> segments, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).op() == op) {
            segments.set(last, new Segment(op, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(op, text));
        }
    }
}
