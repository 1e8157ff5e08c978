package cn.scgov.bulletin.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.directory.Directory;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 抄送我的 list: the issues copied to the caller, newest first, unread ones counted. */
@Component
public class CopiedToMe {

    /** One issue copied to the caller: where to open it, who copied it, when, and when the caller read it. */
    public record CopiedIssue(long id, long issueId, String bulletinTitle, String issueLine, String status,
            String statusLabel, String sentBy, String sentByName, Instant sentAt, String note, Instant readAt) {

        public boolean read() {
            return readAt != null;
        }

        public String href() {
            return "/issues/" + issueId + "/signoff";
        }
    }

    private record Row(long id, long issueId, String sentBy, Instant sentAt, String note, Instant readAt) {
    }

    private static final Rows<Row> ROWS = Rows.of(Row.class);

    private final JdbcClient jdbc;
    private final Issues issues;
    private final Directory directory;

    CopiedToMe(JdbcClient jdbc, Issues issues, Directory directory) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.directory = directory;
    }

    /** The caller's copies; {@code unread} true: only unread, false: only read, null: all. */
    public PageResult<CopiedIssue> list(CurrentUser user, Boolean unread, PageRequest page) {
        String where = " WHERE username = :username" + (unread == null ? "" : unread ? " AND read_at IS NULL"
                : " AND read_at IS NOT NULL");
        long total = jdbc.sql("SELECT COUNT(*) FROM issue_cc" + where).param("username", user.username())
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT id, issue_id, sent_by, sent_at, note, read_at FROM issue_cc" + where
                + " ORDER BY sent_at DESC, id DESC LIMIT :size OFFSET :offset").param("username", user.username())
                .param("size", page.size()).param("offset", page.offset())
                .query(ROWS).list();
        Map<Long, Issue> byId = issues.all(rows.stream().map(Row::issueId).distinct().toList()).stream()
                .collect(Collectors.toMap(Issue::id, Function.identity()));
        Map<String, String> names = directory.displayNames(rows.stream().map(Row::sentBy).distinct().toList());
        List<CopiedIssue> items = rows.stream().map(row -> {
            Issue issue = byId.get(row.issueId());
            return new CopiedIssue(row.id(), row.issueId(), issue.title(), issues.issueLine(issue).text(),
                    issue.status().name(), issue.status().label(), row.sentBy(),
                    names.getOrDefault(row.sentBy(), row.sentBy()), row.sentAt(), row.note(), row.readAt());
        }).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public long unread(CurrentUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM issue_cc WHERE username = :username AND read_at IS NULL")
                .param("username", user.username()).query(Long.class).single();
    }
}
