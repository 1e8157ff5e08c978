package cn.scgov.bulletin.distribution.internal;

import cn.scgov.bulletin.distribution.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.bulletin.ColophonKind;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DeliveryRepository {

    private static final Rows<Delivery> MAPPER = Rows.of(Delivery.class);

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long issueId, String recipient, ColophonKind kind, Instant now) {
        jdbc.sql("INSERT INTO delivery (issue_id, recipient, colophon_kind, delivered_at) VALUES (:issue, :recipient, :kind, :now)")
                .param("issue", issueId).param("recipient", recipient).param("kind", kind.name())
                .param("now", Sql.timestamp(now)).update();
    }

    public List<Delivery> ofIssue(long issueId) {
        return jdbc.sql("SELECT * FROM delivery WHERE issue_id = :issue ORDER BY colophon_kind, recipient")
                .param("issue", issueId).query(MAPPER).list();
    }

    public Optional<Delivery> find(long issueId, String recipient) {
        return jdbc.sql("SELECT * FROM delivery WHERE issue_id = :issue AND recipient = :recipient")
                .param("issue", issueId).param("recipient", recipient).query(MAPPER).optional();
    }

    public PageResult<Delivery> ofRecipient(String recipient, PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM delivery WHERE recipient = :recipient").param("recipient", recipient)
                .query(Long.class).single();
        List<Delivery> items = jdbc.sql("SELECT * FROM delivery WHERE recipient = :recipient"
                + " ORDER BY delivered_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("recipient", recipient).param("limit", page.size()).param("offset", page.offset())
                .query(MAPPER).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public boolean acknowledge(long id, Instant now) {
        return jdbc.sql("UPDATE delivery SET acknowledged_at = :now WHERE id = :id AND acknowledged_at IS NULL")
                .param("id", id).param("now", Sql.timestamp(now)).update() == 1;
    }
}
