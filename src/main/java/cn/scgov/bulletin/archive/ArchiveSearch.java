package cn.scgov.bulletin.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import cn.scgov.bulletin.directory.CurrentUser;
import cn.scgov.bulletin.issue.Issue;
import cn.scgov.bulletin.issue.IssueAccess;
import cn.scgov.bulletin.issue.IssueStatus;
import cn.scgov.bulletin.issue.Issues;
import cn.scgov.bulletin.shared.DatabaseKind;
import cn.scgov.bulletin.shared.ForbiddenException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.TextHighlight;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Searches the compiled items of distributed issues with a LIKE scan per term ({@code text LIKE '%term%'},
 * ignoring case): Chinese has no spaces, so terms are substrings, and MariaDB ships no ngram parser for a
 * FULLTEXT index (README, "Archive search at ten years", for what the scan costs at about 32,000 items).
 * Pages are read one row past their end instead of counting every hit.
 */
@Service
public class ArchiveSearch {

    private record Row(long itemId, long issueId, long sectionId, String sectionTitle, String departmentCode,
            String departmentName, String text) {
    }

    private static final Rows<Row> ROWS = Rows.of(Row.class);

    private final JdbcClient jdbc;
    private final Issues issues;
    private final IssueAccess access;
    /** The database this node runs on, asked at the first search. */
    private final SingletonSupplier<DatabaseKind> kind;

    ArchiveSearch(JdbcClient jdbc, Issues issues, IssueAccess access, DataSource dataSource) {
        this.jdbc = jdbc;
        this.kind = SingletonSupplier.of(() -> DatabaseKind.of(dataSource));
        this.issues = issues;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public ArchivePage search(CurrentUser user, ArchiveFilter filter, PageRequest page) {
        if (!IssueAccess.readsIssues(user)) {
            throw new ForbiddenException("无权检索已分发的期次");
        }
        if (filter.terms().isEmpty()) {
            throw InvalidInputException.field("q", "请输入检索词");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, params);
        if (!IssueAccess.officeReader(user)) {
            List<Long> readable = readableIssues(user, where, params);
            if (readable.isEmpty()) {
                return new ArchivePage(List.of(), page.page(), page.size(), false);
            }
            where.append(" AND i.id IN (:readable)");
            params.put("readable", readable);
        }
        params.put("limit", page.size() + 1);
        params.put("offset", page.offset());
        // The page's ids first, sorted on narrow columns; the texts only of those (sorting every hit's text is slow).
        List<Long> ids = jdbc.sql("SELECT it.id FROM issue_item it JOIN issue i ON i.id = it.issue_id" + where
                        + " ORDER BY i.period_start DESC, i.id DESC, it.section_id, it.position, it.id"
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query(Long.class).list();
        Map<Long, Row> byItem = ids.isEmpty() ? Map.of() : jdbc.sql("SELECT it.id AS item_id, it.issue_id, it.section_id,"
                        + " s.title AS section_title, it.department_code, d.name AS department_name, it.text"
                        + " FROM issue_item it JOIN issue_section s ON s.id = it.section_id"
                        + " LEFT JOIN department d ON d.code = it.department_code WHERE it.id IN (:ids)")
                .param("ids", ids)
                .query(ROWS)
                .list().stream().collect(Collectors.toMap(Row::itemId, Function.identity()));
        List<Row> rows = ids.stream().map(byItem::get).toList();
        boolean hasNext = rows.size() > page.size();
        List<Row> shown = hasNext ? rows.subList(0, page.size()) : rows;
        Map<Long, Issue> byId = issues.all(shown.stream().map(Row::issueId).distinct().toList()).stream()
                .collect(Collectors.toMap(Issue::id, Function.identity()));
        Map<Long, String> lines = new LinkedHashMap<>();
        List<ArchiveHit> hits = new ArrayList<>();
        for (Row row : shown) {
            Issue issue = byId.get(row.issueId());
            String line = lines.computeIfAbsent(issue.id(), id -> issues.issueLine(issue).text());
            hits.add(new ArchiveHit(row.itemId(), issue.id(), issue.bulletinId(), issue.title(), line, issue.issueDate(),
                    issue.periodStart(), issue.periodEnd(), row.sectionTitle(), row.departmentCode(),
                    row.departmentName(), TextHighlight.snippet(row.text(), filter.terms())));
        }
        return new ArchivePage(hits, page.page(), page.size(), hasNext);
    }

    /** The issues with hits that the user may read, each decided by {@link IssueAccess}. */
    private List<Long> readableIssues(CurrentUser user, CharSequence where, Map<String, Object> params) {
        List<Long> candidates = jdbc.sql("SELECT DISTINCT i.id FROM issue_item it JOIN issue i ON i.id = it.issue_id" + where)
                .params(params).query(Long.class).list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        return issues.all(candidates).stream().filter(issue -> access.canRead(user, issue)).map(Issue::id).toList();
    }

    private StringBuilder where(ArchiveFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE i.status = :status AND it.included = TRUE");
        params.put("status", IssueStatus.DISTRIBUTED.name());
        if (filter.bulletinId() != null) {
            where.append(" AND i.bulletin_id = :bulletin");
            params.put("bulletin", filter.bulletinId());
        }
        if (filter.departmentCode() != null) {
            where.append(" AND it.department_code = :department");
            params.put("department", filter.departmentCode());
        }
        if (filter.from() != null) {
            where.append(" AND i.period_end >= :from");
            params.put("from", Sql.date(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND i.period_start <= :to");
            params.put("to", Sql.date(filter.to()));
        }
        if (filter.year() != null) {
            where.append(" AND i.numbering_year = :year");
            params.put("year", filter.year());
        }
        List<String> patterns = filter.terms().likePatterns();
        // A case-insensitive collation on the column scans about twice as fast on MariaDB as LOWER(text).
        String text = databaseKind() == DatabaseKind.MYSQL ? "it.text COLLATE utf8mb4_general_ci" : "LOWER(it.text)";
        for (int t = 0; t < patterns.size(); t++) {
            where.append(" AND ").append(text).append(" LIKE :term").append(t);
            params.put("term" + t, patterns.get(t));
        }
        return where;
    }

    private DatabaseKind databaseKind() {
        return kind.obtain();
    }
}
