package cn.scgov.bulletin.issue.internal;

import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.PageResult;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.Versioned;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class IssueRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<Issue> mapper;

    IssueRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = Rows.of(Issue.class)
                .column("heading_styles", (rs, column) -> json.readValue(rs.getString(column), STRINGS));
    }

    public record NewIssue(long bulletinId, String title, String issuer, String subtitle, String issueLineFormat,
            List<String> headingStyles, LocalDate periodStart, LocalDate periodEnd, Instant deadline, int printCopies,
            boolean periodLine, String openedBy, Instant openedAt) {
    }

    public long insert(NewIssue issue) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO issue (bulletin_id, status, title, issuer, subtitle, issue_line_format, heading_styles,"
                + " cumulative_numbering, period_start, period_end, deadline, print_copies, period_line, collection_closed,"
                + " opened_by, opened_at, version) VALUES (:bulletin, 'COLLECTING', :title, :issuer, :subtitle,"
                + " :format, :styles, :cumulative, :start, :end, :deadline, :copies, :periodLine, FALSE, :openedBy,"
                + " :openedAt, 0)")
                .param("bulletin", issue.bulletinId()).param("title", issue.title()).param("issuer", issue.issuer())
                .param("subtitle", issue.subtitle()).param("format", issue.issueLineFormat())
                .param("styles", json.writeValueAsString(issue.headingStyles()))
                .param("cumulative", issue.issueLineFormat().contains("{cumulative}"))
                .param("start", Sql.date(issue.periodStart())).param("end", Sql.date(issue.periodEnd()))
                .param("deadline", Sql.timestamp(issue.deadline())).param("copies", issue.printCopies())
                .param("periodLine", issue.periodLine())
                .param("openedBy", issue.openedBy()).param("openedAt", Sql.timestamp(issue.openedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Issue> find(long id) {
        return jdbc.sql("SELECT * FROM issue WHERE id = :id").param("id", id).query(mapper).optional();
    }

    public Optional<Issue> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("SELECT * FROM issue WHERE process_instance_id = :pi").param("pi", processInstanceId)
                .query(mapper).optional();
    }

    public List<Issue> findByProcessInstances(java.util.Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM issue WHERE process_instance_id IN (:ids)").param("ids", processInstanceIds)
                .query(mapper).list();
    }

    public List<Issue> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM issue WHERE id IN (:ids)").param("ids", ids).query(mapper).list();
    }

    /** Issues newest first; {@code department} limits to issues that department contributes to. */
    public PageResult<Issue> page(Long bulletinId, IssueStatus status, String department, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (bulletinId != null) {
            where.append(" AND i.bulletin_id = :bulletin");
            params.add(new Object[] {"bulletin", bulletinId});
        }
        if (status != null) {
            where.append(" AND i.status = :status");
            params.add(new Object[] {"status", status.name()});
        }
        if (department != null) {
            where.append(" AND EXISTS (SELECT 1 FROM issue_section s JOIN issue_section_department d ON d.section_id = s.id"
                    + " WHERE s.issue_id = i.id AND d.department_code = :department)");
            params.add(new Object[] {"department", department});
        }
        var count = jdbc.sql("SELECT COUNT(*) FROM issue i" + where);
        var list = jdbc.sql("SELECT i.* FROM issue i" + where
                + " ORDER BY i.period_start DESC, i.id DESC LIMIT :limit OFFSET :offset");
        for (Object[] param : params) {
            count = count.param((String) param[0], param[1]);
            list = list.param((String) param[0], param[1]);
        }
        long total = count.query(Long.class).single();
        List<Issue> items = list.param("limit", page.size()).param("offset", page.offset()).query(mapper).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public boolean periodTaken(long bulletinId, LocalDate start, LocalDate end) {
        return jdbc.sql("SELECT COUNT(*) FROM issue WHERE bulletin_id = :bulletin AND status <> 'CANCELLED'"
                + " AND period_start <= :end AND period_end >= :start")
                .param("bulletin", bulletinId).param("start", Sql.date(start)).param("end", Sql.date(end))
                .query(Long.class).single() > 0;
    }

    public Optional<Issue> latestNotCancelled(long bulletinId) {
        return jdbc.sql("SELECT * FROM issue WHERE bulletin_id = :bulletin AND status <> 'CANCELLED'"
                + " ORDER BY period_end DESC, id DESC LIMIT 1").param("bulletin", bulletinId).query(mapper).optional();
    }

    public void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE issue SET process_instance_id = :pi WHERE id = :id").param("id", id)
                .param("pi", processInstanceId).update();
    }

    public void setStatus(long id, IssueStatus status) {
        jdbc.sql("UPDATE issue SET status = :status, version = version + 1 WHERE id = :id AND status <> 'CANCELLED'")
                .param("id", id).param("status", status.name()).update();
    }

    /** @return false when the issue changed since the caller read it. */
    public boolean closeCollection(long id, int version) {
        return jdbc.sql("UPDATE issue SET collection_closed = TRUE, version = version + 1"
                + " WHERE id = :id AND version = :version AND collection_closed = FALSE")
                .param("id", id).param("version", version).update() == 1;
    }

    public boolean recordCancelReason(long id, String reason, int version) {
        return Versioned.update(jdbc, "issue", id, version, "cancel_reason = :reason", sql -> sql.param("reason", reason));
    }

    public boolean setPrintCopies(long id, int copies, int version) {
        return Versioned.update(jdbc, "issue", id, version, "print_copies = :copies", sql -> sql.param("copies", copies));
    }

    public boolean setPeriodLine(long id, boolean printed, int version) {
        return Versioned.update(jdbc, "issue", id, version, "period_line = :printed", sql -> sql.param("printed", printed));
    }

    /** The issue date set (null: the sign-off date), before sign-off; false when the issue changed meanwhile. */
    public boolean setIssueDate(long id, LocalDate date, int version) {
        return Versioned.update(jdbc, "issue", id, version, "issue_date = :date", sql -> sql.param("date", Sql.date(date)));
    }

    /** The issue date fixed by the last sign-off. */
    public void fixIssueDate(long id, LocalDate date) {
        jdbc.sql("UPDATE issue SET issue_date = :date, version = version + 1 WHERE id = :id")
                .param("id", id).param("date", Sql.date(date)).update();
    }

    public void assignNumber(long id, int year, int yearlyNumber, Integer cumulativeNumber, LocalDate issueDate, Instant now) {
        jdbc.sql("UPDATE issue SET numbering_year = :year, yearly_number = :yearly, cumulative_number = :cumulative,"
                + " issue_date = :date, signed_off_at = :now, version = version + 1 WHERE id = :id")
                .param("id", id).param("year", year).param("yearly", yearlyNumber).param("cumulative", cumulativeNumber)
                .param("date", Sql.date(issueDate)).param("now", Sql.timestamp(now)).update();
    }

    public record HighestNumbers(int yearly, int cumulative) {
    }

    /** The highest yearly number given in the year and the highest cumulative number given, 0 if none. */
    public HighestNumbers highestNumbers(long bulletinId, int year) {
        return jdbc.sql("SELECT COALESCE(MAX(CASE WHEN numbering_year = :year THEN yearly_number END), 0) AS yearly,"
                + " COALESCE(MAX(cumulative_number), 0) AS cumulative FROM issue WHERE bulletin_id = :bulletin")
                .param("bulletin", bulletinId).param("year", year)
                .query(Rows.of(HighestNumbers.class)).single();
    }

    /** An open issue waiting for its number, with its period. */
    public record Unnumbered(long id, LocalDate periodStart, LocalDate periodEnd) {

        public int year() {
            return cn.scgov.bulletin.bulletin.Period.yearOf(periodStart, periodEnd);
        }
    }

    /** Open (not numbered, not cancelled) issues of the bulletin in period order, the order they are expected to be numbered in. */
    public List<Unnumbered> unnumberedInOrder(long bulletinId) {
        return jdbc.sql("SELECT id, period_start, period_end FROM issue WHERE bulletin_id = :bulletin"
                + " AND yearly_number IS NULL AND status <> 'CANCELLED' ORDER BY period_start, id")
                .param("bulletin", bulletinId)
                .query(Rows.of(Unnumbered.class)).list();
    }
}
