package cn.scgov.bulletin.notice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * E-mails to send. Rows are written in the transaction of their notice and claimed one by one with
 * a conditional update, so exactly one node sends each; a claim is a lease that expires.
 */
@Repository
public class MailOutbox {

    @org.springframework.modulith.NamedInterface("administration")
    public enum Status {
        PENDING, SENT, FAILED
    }

    /** One e-mail as the system administrator's list shows it (never its body). */
    @org.springframework.modulith.NamedInterface("administration")
    public record Mail(long id, String recipient, String address, String kind, String subject, Status status,
            int attempts, Instant nextAttemptAt, String lastError, Instant leaseUntil, Instant createdAt,
            Instant sentAt) {

        public boolean sending(Instant now) {
            return status == Status.PENDING && leaseUntil != null && leaseUntil.isAfter(now);
        }
    }

    /** What a sender needs. */
    record Outgoing(long id, String recipient, String address, String subject, String body, int attempts) {
    }

    private static final Rows<Mail> MAIL = Rows.of(Mail.class);

    private static final Rows<Outgoing> OUTGOING = Rows.of(Outgoing.class);

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Long noticeId, Long digestId, String recipient, String address, NoticeKind kind, String subject,
            String body, Instant now) {
        jdbc.sql("INSERT INTO mail_outbox (notice_id, digest_id, recipient, address, kind, subject, body, status,"
                + " attempts, next_attempt_at, created_at) VALUES (:notice, :digest, :recipient, :address, :kind,"
                + " :subject, :body, 'PENDING', 0, :now, :now)").param("notice", noticeId).param("digest", digestId)
                .param("recipient", recipient).param("address", address).param("kind", kind.name())
                .param("subject", subject.length() > 1000 ? subject.substring(0, 999) + "…" : subject)
                .param("body", body).param("now", Sql.timestamp(now)).update();
    }

    /** Ids of e-mails due now and held by no live lease, oldest first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " AND (lease_until IS NULL OR lease_until < :now) ORDER BY next_attempt_at, id LIMIT :limit")
                .param("now", Sql.timestamp(now)).param("limit", limit).query(Long.class).list();
    }

    /**
     * Takes an e-mail for one attempt. Only one of several nodes racing for the row gets it (the
     * update's condition is checked under the row's lock); the attempt is counted now, so an attempt
     * whose node died still counts.
     */
    Optional<Outgoing> claim(long id, String token, Instant now, Instant leaseUntil) {
        int claimed = jdbc.sql("UPDATE mail_outbox SET claim_token = :token, lease_until = :lease, attempts = attempts + 1"
                + " WHERE id = :id AND status = 'PENDING' AND next_attempt_at <= :now"
                + " AND (lease_until IS NULL OR lease_until < :now)").param("id", id).param("token", token)
                .param("lease", Sql.timestamp(leaseUntil)).param("now", Sql.timestamp(now)).update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, recipient, address, subject, body, attempts FROM mail_outbox WHERE id = :id"
                + " AND claim_token = :token").param("id", id).param("token", token)
                .query(OUTGOING).optional();
    }

    boolean sent(long id, String token, Instant now) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = :now, last_error = NULL, claim_token = NULL,"
                + " lease_until = NULL WHERE id = :id AND claim_token = :token").param("id", id).param("token", token)
                .param("now", Sql.timestamp(now)).update() == 1;
    }

    /** Records a failed attempt: again at {@code next}, or FAILED when {@code giveUp}. */
    boolean failed(long id, String token, String error, Instant next, boolean giveUp) {
        return jdbc.sql("UPDATE mail_outbox SET status = :status, last_error = :error, next_attempt_at = :next,"
                + " claim_token = NULL, lease_until = NULL WHERE id = :id AND claim_token = :token")
                .param("id", id).param("token", token).param("status", giveUp ? "FAILED" : "PENDING")
                .param("error", error.length() > 1000 ? error.substring(0, 999) + "…" : error)
                .param("next", Sql.timestamp(next)).update() == 1;
    }

    /** Puts a failed (or waiting) e-mail back for an attempt now, with a fresh count of attempts. */
    public boolean retry(long id, Instant now) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now"
                + " WHERE id = :id AND (status = 'FAILED' OR (status = 'PENDING'"
                + " AND (lease_until IS NULL OR lease_until < :now)))").param("id", id)
                .param("now", Sql.timestamp(now)).update() == 1;
    }

    public Optional<Mail> find(long id) {
        return jdbc.sql("SELECT * FROM mail_outbox WHERE id = :id").param("id", id).query(MAIL).optional();
    }

    /** The list for the system administrator: by status (null = failed and pending), newest first. */
    public PageResult<Mail> page(Status status, PageRequest page) {
        String where = status == null ? " WHERE status <> 'SENT'" : " WHERE status = :status";
        var count = jdbc.sql("SELECT COUNT(*) FROM mail_outbox" + where);
        var list = jdbc.sql("SELECT * FROM mail_outbox" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", page.size()).param("offset", page.offset());
        if (status != null) {
            count = count.param("status", status.name());
            list = list.param("status", status.name());
        }
        return new PageResult<>(list.query(MAIL).list(), page.page(), page.size(), count.query(Long.class).single());
    }

    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new java.util.EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status")
                .query(rs -> {
                    counts.put(Status.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }
}
