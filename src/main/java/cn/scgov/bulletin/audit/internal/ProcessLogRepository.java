package cn.scgov.bulletin.audit.internal;

import cn.scgov.bulletin.audit.ProcessLogEntry;
import cn.scgov.bulletin.audit.ProcessLogFilter;
import cn.scgov.bulletin.audit.ProcessLogPage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.AuditableEvent;
import cn.scgov.bulletin.shared.PageRequest;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProcessLogRepository {

    /** Every column, and the action again as the label column, which is read as the action's label. */
    private static final String SELECT = "SELECT process_log.*, action AS action_label FROM process_log";

    private final Rows<ProcessLogEntry> mapper = Rows.of(ProcessLogEntry.class)
            .column("action_label", (rs, column) -> label(rs.getString(column)));

    private final JdbcClient jdbc;
    private final MessageSource labels;

    ProcessLogRepository(JdbcClient jdbc, MessageSource labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /** The only write: lines are added, never changed or deleted (except by the retention purge). */
    void insert(AuditableEvent event, Instant now, String actorName, String actorDepartment, String sourceAddress) {
        jdbc.sql("INSERT INTO process_log (occurred_at, actor, actor_name, actor_department, action, issue_id,"
                + " department_code, task_id, decision, opinion, detail, outcome, source_address) VALUES (:at, :actor,"
                + " :actorName, :actorDepartment, :action, :issue, :department, :task, :decision, :opinion, :detail,"
                + " :outcome, :source)")
                .param("at", Sql.timestamp(now)).param("actor", truncate(event.actor(), 64))
                .param("actorName", truncate(actorName, 100)).param("actorDepartment", actorDepartment)
                .param("action", event.action().name()).param("issue", event.issueId())
                .param("department", event.departmentCode()).param("task", event.taskId())
                .param("decision", event.decision()).param("opinion", event.opinion())
                .param("detail", truncate(event.detail(), 1000)).param("outcome", event.action().outcome().name())
                .param("source", truncate(sourceAddress, 64)).update();
    }

    public ProcessLogPage search(ProcessLogFilter filter, PageRequest page) {
        Query query = new Query(filter);
        long countUpTo = page.offset() + ProcessLogPage.COUNTED_AHEAD;
        long counted = query.bind(jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM process_log" + query.where
                + " LIMIT :countLimit) matching")).param("countLimit", countUpTo + 1).query(Long.class).single();
        List<ProcessLogEntry> items = query.bind(jdbc.sql(SELECT + query.where
                + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"))
                .param("limit", page.size()).param("offset", page.offset()).query(mapper).list();
        return new ProcessLogPage(items, page.page(), page.size(), Math.min(counted, countUpTo), counted > countUpTo);
    }

    /**
     * Streams matching rows oldest first (for export), at most {@code limit}. The stream holds a database
     * connection and an open result set until it is closed, so it is closed here whatever the consumer does.
     */
    public void forEach(ProcessLogFilter filter, int limit, Consumer<ProcessLogEntry> consumer) {
        Query query = new Query(filter);
        try (Stream<ProcessLogEntry> rows = query.bind(jdbc.sql(SELECT + query.where
                + " ORDER BY occurred_at, id LIMIT :limit")).param("limit", limit).query(mapper).stream()) {
            rows.forEach(consumer);
        }
    }

    /** The retention purge: lines older than the cutoff; returns how many went. */
    int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("DELETE FROM process_log WHERE occurred_at < :cutoff").param("cutoff", Sql.timestamp(cutoff)).update();
    }

    public List<ProcessLogEntry> ofIssue(long issueId) {
        return jdbc.sql(SELECT + " WHERE issue_id = :issue ORDER BY occurred_at, id")
                .param("issue", issueId).query(mapper).list();
    }

    private static final class Query {
        final String where;
        final List<Object[]> params = new ArrayList<>();

        Query(ProcessLogFilter filter) {
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            if (filter.actor() != null) {
                where.append(" AND actor = :actor");
                params.add(new Object[] {"actor", filter.actor()});
            }
            if (filter.department() != null) {
                where.append(" AND (actor_department = :department OR department_code = :department)");
                params.add(new Object[] {"department", filter.department()});
            }
            if (filter.action() != null) {
                where.append(" AND action = :action");
                params.add(new Object[] {"action", filter.action().name()});
            }
            if (filter.issueId() != null) {
                where.append(" AND issue_id = :issue");
                params.add(new Object[] {"issue", filter.issueId()});
            }
            if (filter.from() != null) {
                where.append(" AND occurred_at >= :from");
                params.add(new Object[] {"from", Sql.timestamp(filter.from())});
            }
            if (filter.to() != null) {
                where.append(" AND occurred_at < :to");
                params.add(new Object[] {"to", Sql.timestamp(filter.to())});
            }
            this.where = where.toString();
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Object[] param : params) {
                spec = spec.param((String) param[0], param[1]);
            }
            return spec;
        }
    }

    /** The Chinese label (the default bundle): what the CSV export and the API print, whoever reads them. */
    private String label(String action) {
        return labels.getMessage(AuditAction.labelKey(action), null, action, Locale.SIMPLIFIED_CHINESE);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
