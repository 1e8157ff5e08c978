package cn.scgov.bulletin.directory.internal;

import cn.scgov.bulletin.directory.CredentialRequests;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CredentialRequestRepository {

    static final String PENDING = "PENDING";

    private static final Rows<StoredRequest> MAPPER = Rows.of(StoredRequest.class);

    public record StoredRequest(long id, String username, CredentialRequests.Kind kind, String firstHash, String requestedBy,
            Instant requestedAt) {
    }

    private final JdbcClient jdbc;

    CredentialRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String username, CredentialRequests.Kind kind, String firstHash, String requestedBy, Instant now) {
        jdbc.sql("INSERT INTO credential_request (username, kind, status, first_hash, requested_by, requested_at)"
                + " VALUES (:username, :kind, 'PENDING', :hash, :by, :now)").param("username", username)
                .param("kind", kind.name()).param("hash", firstHash).param("by", requestedBy)
                .param("now", Sql.timestamp(now)).update();
    }

    public Optional<StoredRequest> pending(String username) {
        return jdbc.sql("SELECT * FROM credential_request WHERE username = :username AND status = 'PENDING'"
                + " ORDER BY id DESC").param("username", username).query(MAPPER).list().stream().findFirst();
    }

    public List<StoredRequest> allPending() {
        return jdbc.sql("SELECT * FROM credential_request WHERE status = 'PENDING' ORDER BY requested_at, id")
                .query(MAPPER).list();
    }

    /** Closes the account's pending request(s); true when there was one (and this caller closed it). */
    public boolean close(String username, String status, String decidedBy, Instant now) {
        return jdbc.sql("UPDATE credential_request SET status = :status, decided_by = :by, decided_at = :now"
                + " WHERE username = :username AND status = 'PENDING'").param("username", username)
                .param("status", status).param("by", decidedBy).param("now", Sql.timestamp(now)).update() > 0;
    }

    /** Only the newest request of an account stays pending. */
    public void closeAllBut(String username, long keep, Instant now) {
        jdbc.sql("UPDATE credential_request SET status = 'SUPERSEDED', decided_at = :now"
                + " WHERE username = :username AND status = 'PENDING' AND id <> :keep").param("username", username)
                .param("keep", keep).param("now", Sql.timestamp(now)).update();
    }
}
