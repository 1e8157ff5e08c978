package cn.scgov.bulletin.attachment.internal;

import cn.scgov.bulletin.attachment.Attachment;
import cn.scgov.bulletin.attachment.AttachmentKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AttachmentRepository {

    private static final String COLUMNS = "id, contribution_id, issue_id, department_code, file_name,"
            + " content_type AS kind, size_bytes AS size, sha256, width, height, uploaded_by, uploaded_at";

    /** The kind is stored as its content type. */
    private static final Rows<Attachment> ATTACHMENT = Rows.of(Attachment.class)
            .column("kind", (rs, column) -> AttachmentKind.of(rs.getString(column)).orElseThrow());

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewAttachment(long contributionId, long issueId, String departmentCode, String fileName, AttachmentKind kind,
            String sha256, Integer width, Integer height, byte[] content, String uploadedBy, Instant uploadedAt) {
    }

    public List<Attachment> ofContribution(long contributionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE contribution_id = :c ORDER BY id")
                .param("c", contributionId).query(ATTACHMENT).list();
    }

    public List<Attachment> imagesOfIssue(long issueId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE issue_id = :issue AND content_type IN ('image/png', 'image/jpeg')"
                + " ORDER BY department_code, id").param("issue", issueId).query(ATTACHMENT).list();
    }

    public Optional<Attachment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE id = :id").param("id", id)
                .query(ATTACHMENT).optional();
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM attachment WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes("content")).optional();
    }

    public Optional<Attachment> findBySha256(long contributionId, String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE contribution_id = :c AND sha256 = :sha")
                .param("c", contributionId).param("sha", sha256).query(ATTACHMENT).optional();
    }

    public int count(long contributionId) {
        return jdbc.sql("SELECT COUNT(*) FROM attachment WHERE contribution_id = :c").param("c", contributionId)
                .query(Integer.class).single();
    }

    /** Locks the contribution's row, so that limits and its status hold until this transaction ends. */
    public void lockContribution(long contributionId) {
        jdbc.sql("SELECT id FROM contribution WHERE id = :c FOR UPDATE").param("c", contributionId).query(Long.class).optional();
    }

    public long insert(NewAttachment a) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attachment (contribution_id, issue_id, department_code, file_name, content_type, size_bytes,"
                + " sha256, width, height, content, uploaded_by, uploaded_at) VALUES (:c, :issue, :dept, :name, :type, :size,"
                + " :sha, :width, :height, :content, :by, :at)")
                .param("c", a.contributionId()).param("issue", a.issueId()).param("dept", a.departmentCode())
                .param("name", a.fileName()).param("type", a.kind().contentType()).param("size", (long) a.content().length)
                .param("sha", a.sha256()).param("width", a.width()).param("height", a.height())
                .param("content", a.content()).param("by", a.uploadedBy()).param("at", Sql.timestamp(a.uploadedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM attachment WHERE id = :id").param("id", id).update() == 1;
    }
}
