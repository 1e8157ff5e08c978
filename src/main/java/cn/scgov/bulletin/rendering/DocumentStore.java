package cn.scgov.bulletin.rendering;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The frozen files of signed-off issues (table issue_document): written once, never updated. */
@Repository
public class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(DocumentFormat format, byte[] content, String sha256, Instant renderedAt) {
    }

    /** The format is stored as its file extension. */
    private static final Rows<Stored> STORED = Rows.of(Stored.class)
            .column("format", (rs, column) -> DocumentFormat.byExtension(rs.getString(column)).orElseThrow());

    Optional<Stored> find(long issueId, DocumentFormat format) {
        return jdbc.sql("SELECT format, content, sha256, rendered_at FROM issue_document WHERE issue_id = :issue AND format = :format")
                .param("issue", issueId).param("format", format.extension())
                .query(STORED)
                .optional();
    }

    /** Format → SHA-256 of the issue's frozen files; empty before sign-off. */
    public Map<DocumentFormat, String> hashes(long issueId) {
        Map<DocumentFormat, String> hashes = new LinkedHashMap<>();
        jdbc.sql("SELECT format, sha256 FROM issue_document WHERE issue_id = :issue ORDER BY format")
                .param("issue", issueId)
                .query(rs -> {
                    String sha256 = rs.getString("sha256");
                    DocumentFormat.byExtension(rs.getString("format")).ifPresent(format -> hashes.put(format, sha256));
                });
        return hashes;
    }

    public void insert(long issueId, DocumentFormat format, byte[] content, String sha256, Instant renderedAt) {
        jdbc.sql("INSERT INTO issue_document (issue_id, format, content, sha256, rendered_at)"
                + " VALUES (:issue, :format, :content, :sha256, :renderedAt)")
                .param("issue", issueId).param("format", format.extension()).param("content", content)
                .param("sha256", sha256).param("renderedAt", Sql.timestamp(renderedAt)).update();
    }
}
