package cn.scgov.bulletin.contribution.internal;

import cn.scgov.bulletin.contribution.ContributionMapper;
import cn.scgov.bulletin.contribution.Contribution;
import cn.scgov.bulletin.contribution.ContributionItem;
import cn.scgov.bulletin.contribution.ContributionRevision;
import cn.scgov.bulletin.contribution.ContributionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class ContributionRepository {

    private static final TypeReference<List<ContributionRevision.RevisionItem>> REVISION_ITEMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ContributionMapper mapper;
    private final Rows<ContributionMapper.Row> rows = Rows.of(ContributionMapper.Row.class);
    private final Rows<ContributionItem> itemRows = Rows.of(ContributionItem.class);
    private final Rows<ContributionRevision> revisionRows;

    ContributionRepository(JdbcClient jdbc, JsonMapper json, ContributionMapper mapper) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = mapper;
        this.revisionRows = Rows.of(ContributionRevision.class)
                .column("items", (rs, column) -> json.readValue(rs.getString(column), REVISION_ITEMS));
    }

    void create(long issueId, String departmentCode) {
        jdbc.sql("INSERT INTO contribution (issue_id, department_code, status, overdue, revision, version)"
                + " VALUES (:issue, :department, 'NOT_STARTED', FALSE, 0, 0)")
                .param("issue", issueId).param("department", departmentCode).update();
    }

    public Optional<Contribution> find(long id) {
        return jdbc.sql("SELECT * FROM contribution WHERE id = :id").param("id", id)
                .query(rows).optional().map(row -> mapper.toContribution(row, items(row.id())));
    }

    public Optional<Contribution> find(long issueId, String departmentCode) {
        return jdbc.sql("SELECT * FROM contribution WHERE issue_id = :issue AND department_code = :department")
                .param("issue", issueId).param("department", departmentCode)
                .query(rows).optional().map(row -> mapper.toContribution(row, items(row.id())));
    }

    /** All contributions of an issue without their items (the status matrix). */
    public List<Contribution> ofIssue(long issueId) {
        return jdbc.sql("SELECT * FROM contribution WHERE issue_id = :issue ORDER BY id").param("issue", issueId)
                .query(rows).list().stream().map(row -> mapper.toContribution(row, List.of())).toList();
    }

    public Map<Long, Integer> itemCounts(long issueId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT i.contribution_id, COUNT(*) AS n FROM contribution_item i JOIN contribution c"
                + " ON c.id = i.contribution_id WHERE c.issue_id = :issue GROUP BY i.contribution_id")
                .param("issue", issueId)
                .query(rs -> {
                    counts.put(rs.getLong("contribution_id"), rs.getInt("n"));
                });
        return counts;
    }

    public List<ContributionItem> items(long contributionId) {
        return jdbc.sql("SELECT * FROM contribution_item WHERE contribution_id = :id ORDER BY section_id, position, id")
                .param("id", contributionId)
                .query(itemRows).list();
    }

    /** Moves the contribution on if nobody changed it since {@code version}; false on a concurrent change. */
    public boolean transition(long id, int version, ContributionStatus status, String actor, Instant now) {
        return Versioned.update(jdbc, "contribution", id, version,
                "status = :status, updated_by = :actor, updated_at = :now", sql -> sql.param("status", status.name())
                        .param("actor", actor).param("now", Sql.timestamp(now)));
    }

    /** Replaces the items; returns them as stored (ordered as given, positions per section). */
    public List<ContributionItem> replaceItems(long contributionId, List<NewItem> items) {
        jdbc.sql("DELETE FROM contribution_item WHERE contribution_id = :id").param("id", contributionId).update();
        Map<Long, Integer> positions = new HashMap<>();
        List<ContributionItem> stored = new ArrayList<>();
        for (NewItem item : items) {
            int position = positions.merge(item.sectionId(), 1, Integer::sum);
            org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("INSERT INTO contribution_item (contribution_id, section_id, position, text)"
                    + " VALUES (:contribution, :section, :position, :text)")
                    .param("contribution", contributionId).param("section", item.sectionId())
                    .param("position", position).param("text", item.text()).update(keys, "id");
            stored.add(new ContributionItem(keys.getKey().longValue(), item.sectionId(), position, item.text()));
        }
        stored.sort(java.util.Comparator.comparingLong(ContributionItem::sectionId).thenComparingInt(ContributionItem::position));
        return stored;
    }

    public record NewItem(long sectionId, String text) {
    }

    /** Records a submission if nobody changed the contribution since {@code version}; false otherwise. */
    public boolean submit(long id, int version, String actor, Instant now) {
        return Versioned.update(jdbc, "contribution", id, version, "status = 'SUBMITTED', revision = revision + 1,"
                + " submitted_by = :actor, submitted_at = :now, updated_by = :actor, updated_at = :now",
                sql -> sql.param("actor", actor).param("now", Sql.timestamp(now)));
    }

    public void markReviewed(long id, String actor, Instant now) {
        jdbc.sql("UPDATE contribution SET reviewed_by = :actor, reviewed_at = :now WHERE id = :id")
                .param("id", id).param("actor", actor).param("now", Sql.timestamp(now)).update();
    }

    public void markReturned(long id, String reason, String actor, Instant now) {
        jdbc.sql("UPDATE contribution SET return_reason = :reason, returned_by = :actor, returned_at = :now,"
                + " reviewed_by = :actor, reviewed_at = :now WHERE id = :id")
                .param("id", id).param("reason", reason).param("actor", actor).param("now", Sql.timestamp(now)).update();
    }

    void markOverdue(long id) {
        jdbc.sql("UPDATE contribution SET overdue = TRUE WHERE id = :id").param("id", id).update();
    }

    void setStatus(long id, ContributionStatus status) {
        jdbc.sql("UPDATE contribution SET status = :status, version = version + 1 WHERE id = :id")
                .param("id", id).param("status", status.name()).update();
    }

    public void saveRevision(long contributionId, int revision, String author, Instant now, List<ContributionItem> items) {
        List<ContributionRevision.RevisionItem> snapshot = items.stream()
                .map(item -> new ContributionRevision.RevisionItem(item.sectionId(), item.text())).toList();
        jdbc.sql("INSERT INTO contribution_revision (contribution_id, revision, author, created_at, content)"
                + " VALUES (:contribution, :revision, :author, :now, :content)")
                .param("contribution", contributionId).param("revision", revision).param("author", author)
                .param("now", Sql.timestamp(now)).param("content", json.writeValueAsString(snapshot)).update();
    }

    public List<ContributionRevision> revisions(long contributionId) {
        return jdbc.sql("SELECT revision, author, created_at, content AS items FROM contribution_revision"
                + " WHERE contribution_id = :id ORDER BY revision")
                .param("id", contributionId).query(revisionRows).list();
    }
}
