package cn.scgov.bulletin.discussion.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Comments as stored: inserted once, read in the order they were posted. */
@Repository
public class DiscussionRepository {

    /** A stored comment, before names are looked up. */
    public record Row(long id, long issueId, Long contributionId, String author, Instant postedAt, String text,
            List<String> mentions) {
    }

    /** Mentions are stored comma-separated. */
    private static final Rows<Row> ROWS = Rows.of(Row.class)
            .column("mentions", (rs, column) -> mentions(rs.getString(column)));

    private final JdbcClient jdbc;

    DiscussionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long issueId, Long contributionId, String author, Instant postedAt, String text, List<String> mentions) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO discussion_comment (issue_id, contribution_id, author, posted_at, text, mentions)"
                + " VALUES (:issue, :contribution, :author, :at, :text, :mentions)").param("issue", issueId)
                .param("contribution", contributionId).param("author", author).param("at", Sql.timestamp(postedAt))
                .param("text", text).param("mentions", mentions.isEmpty() ? null : String.join(",", mentions))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The thread of a contribution, or of the issue's sign-off when {@code contributionId} is null. */
    public List<Row> thread(long issueId, Long contributionId) {
        String which = contributionId == null ? "contribution_id IS NULL" : "contribution_id = :contribution";
        JdbcClient.StatementSpec spec = jdbc.sql("SELECT id, issue_id, contribution_id, author, posted_at, text, mentions"
                + " FROM discussion_comment WHERE issue_id = :issue AND " + which + " ORDER BY id").param("issue", issueId);
        if (contributionId != null) {
            spec = spec.param("contribution", contributionId);
        }
        return spec.query(ROWS).list();
    }

    private static List<String> mentions(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
