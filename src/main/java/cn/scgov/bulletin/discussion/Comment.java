package cn.scgov.bulletin.discussion;

import java.time.Instant;
import java.util.List;

/**
 * One comment of a thread: who, when, the text exactly as written, and whom it named with {@code @}.
 * {@code contributionId} is null on an issue's sign-off thread.
 */
public record Comment(long id, long issueId, Long contributionId, String author, String authorName, Instant postedAt,
        String text, List<Mention> mentions) {

    /** A person the comment named, with the name shown for them. */
    public record Mention(String username, String name) {
    }
}
