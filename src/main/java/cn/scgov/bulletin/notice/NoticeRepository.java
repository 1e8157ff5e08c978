package cn.scgov.bulletin.notice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class NoticeRepository {

    private static final RowMapper<Notice> MAPPER = (rs, n) -> new Notice(rs.getLong("id"), rs.getString("kind"),
            rs.getString("message"), rs.getString("link"), Sql.longValue(rs, "issue_id"), Sql.instant(rs, "created_at"),
            Sql.instant(rs, "read_at"));

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Collection<String> recipients, String kind, String message, String link, Long issueId, Instant now) {
        for (String recipient : recipients) {
            jdbc.sql("INSERT INTO notice (recipient, kind, message, link, issue_id, created_at)"
                    + " VALUES (:recipient, :kind, :message, :link, :issue, :now)")
                    .param("recipient", recipient).param("kind", kind)
                    .param("message", message.length() > 1000 ? message.substring(0, 1000) : message)
                    .param("link", link).param("issue", issueId).param("now", Sql.timestamp(now)).update();
        }
    }

    PageResult<Notice> page(String recipient, boolean unreadOnly, PageRequest page) {
        String where = " WHERE recipient = :recipient" + (unreadOnly ? " AND read_at IS NULL" : "");
        long total = jdbc.sql("SELECT COUNT(*) FROM notice" + where).param("recipient", recipient)
                .query(Long.class).single();
        List<Notice> items = jdbc.sql("SELECT * FROM notice" + where + " ORDER BY created_at DESC, id DESC"
                + " LIMIT :limit OFFSET :offset").param("recipient", recipient).param("limit", page.size())
                .param("offset", page.offset()).query(MAPPER).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    long unread(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE recipient = :recipient AND read_at IS NULL")
                .param("recipient", recipient).query(Long.class).single();
    }

    boolean markRead(long id, String recipient, Instant now) {
        return jdbc.sql("UPDATE notice SET read_at = :now WHERE id = :id AND recipient = :recipient AND read_at IS NULL")
                .param("id", id).param("recipient", recipient).param("now", Sql.timestamp(now)).update() == 1;
    }

    java.util.Optional<Notice> find(long id, String recipient) {
        return jdbc.sql("SELECT * FROM notice WHERE id = :id AND recipient = :recipient").param("id", id)
                .param("recipient", recipient).query(MAPPER).optional();
    }

    boolean exists(long id, String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM notice WHERE id = :id AND recipient = :recipient").param("id", id)
                .param("recipient", recipient).query(Long.class).single() > 0;
    }

    void markAllRead(String recipient, Instant now) {
        jdbc.sql("UPDATE notice SET read_at = :now WHERE recipient = :recipient AND read_at IS NULL")
                .param("recipient", recipient).param("now", Sql.timestamp(now)).update();
    }
}
