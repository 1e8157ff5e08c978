package cn.scgov.bulletin.notice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.notice.Notice;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class NoticeRepository {

    static final int MAX_MESSAGE = 1000;

    static final Rows<Notice> MAPPER = Rows.of(Notice.class);

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts one notice and answers its id. A message longer than a notice holds ends with "…". */
    long insert(String recipient, NoticeKind kind, String message, String link, Long issueId, String taskId,
            String mailState, Instant now) {
        String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE - 1) + "…" : message;
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO notice (recipient, kind, message, link, issue_id, task_id, mail_state, created_at)"
                + " VALUES (:recipient, :kind, :message, :link, :issue, :task, :mailState, :now)")
                .param("recipient", recipient).param("kind", kind.name()).param("message", text).param("link", link)
                .param("issue", issueId).param("task", taskId).param("mailState", mailState)
                .param("now", Sql.timestamp(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public PageResult<Notice> page(String recipient, boolean unreadOnly, PageRequest page) {
        String where = " WHERE recipient = :recipient" + (unreadOnly ? " AND read_at IS NULL" : "");
        long total = jdbc.sql("SELECT COUNT(*) FROM notice" + where).param("recipient", recipient)
                .query(Long.class).single();
        List<Notice> items = jdbc.sql("SELECT * FROM notice" + where + " ORDER BY created_at DESC, id DESC"
                + " LIMIT :limit OFFSET :offset").param("recipient", recipient).param("limit", page.size())
                .param("offset", page.offset()).query(MAPPER).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public long unread(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = :recipient AND read_at IS NULL")
                .param("recipient", recipient).query(Long.class).single();
    }

    public boolean markRead(long id, String recipient, Instant now) {
        return jdbc.sql("UPDATE notice SET read_at = :now WHERE id = :id AND recipient = :recipient AND read_at IS NULL")
                .param("id", id).param("recipient", recipient).param("now", Sql.timestamp(now)).update() == 1;
    }

    public Optional<Notice> find(long id, String recipient) {
        return jdbc.sql("SELECT * FROM notice WHERE id = :id AND recipient = :recipient").param("id", id)
                .param("recipient", recipient).query(MAPPER).optional();
    }

    public void markAllRead(String recipient, Instant now) {
        jdbc.sql("UPDATE notice SET read_at = :now WHERE recipient = :recipient AND read_at IS NULL")
                .param("recipient", recipient).param("now", Sql.timestamp(now)).update();
    }

    /** The task is done (by whoever): every notice about it is done, and read. */
    int markTaskDone(String taskId, Instant now) {
        return jdbc.sql("UPDATE notice SET done_at = :now, read_at = COALESCE(read_at, :now)"
                + " WHERE task_id = :task AND done_at IS NULL").param("task", taskId).param("now", Sql.timestamp(now))
                .update();
    }
}
