package cn.scgov.bulletin.dashboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read-only SQL over the issue, contribution and delivery tables (and the engine's task history) of one bulletin around one year. */
@Repository
public class TimelinessRepository {

    /** One department's contribution to one issue, with its first submission (the first revision). */
    public record ContributionRow(long issueId, String departmentCode, String status, Instant firstSubmittedAt,
            Instant returnedAt, Instant updatedAt) {
    }

    /** Recipients of one issue and how many acknowledged, with the last acknowledgement. */
    public record DeliveryRow(long issueId, int recipients, int acknowledged, Instant firstDeliveredAt, Instant lastAcknowledgedAt) {
    }

    /**
     * A task of an issue's process as the engine's history keeps it (ACT_HI_TASKINST: START_TIME_ is when the task
     * was created). Read with SQL: the engine's task query built, cached and dirty-checked 7,000 entities for a year.
     */
    public record StageTask(String processInstanceId, String step, Instant createdAt, Instant endedAt) {
    }

    private static final Rows<StageTask> STAGE_TASKS = Rows.of(StageTask.class);

    private static final Rows<ContributionRow> CONTRIBUTIONS = Rows.of(ContributionRow.class);

    private static final Rows<DeliveryRow> DELIVERIES = Rows.of(DeliveryRow.class);

    private final JdbcClient jdbc;

    TimelinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues of the bulletin whose period touches the window, cancelled ones left out. */
    public List<Long> issueIds(long bulletinId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT id FROM issue WHERE bulletin_id = :bulletin AND status <> 'CANCELLED'"
                        + " AND period_start <= :to AND period_end >= :from ORDER BY period_start, id")
                .param("bulletin", bulletinId).param("from", Sql.date(from)).param("to", Sql.date(to))
                .query(Long.class).list();
    }

    /** The tasks of these steps in these processes. */
    public List<StageTask> stageTasks(Collection<String> processes, Collection<String> steps) {
        if (processes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT PROC_INST_ID_ AS process_instance_id, TASK_DEF_KEY_ AS step, START_TIME_ AS created_at,"
                        + " END_TIME_ AS ended_at FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ IN (:processes)"
                        + " AND TASK_DEF_KEY_ IN (:steps)")
                .param("processes", processes).param("steps", steps).query(STAGE_TASKS).list();
    }

    public List<ContributionRow> contributions(long bulletinId, LocalDate from, LocalDate to) {
        // The first revision per contribution by its key (a grouped subquery over all revisions read ten years of them).
        return jdbc.sql("SELECT c.issue_id, c.department_code, c.status, c.returned_at, c.updated_at,"
                        + " (SELECT MIN(r.created_at) FROM contribution_revision r WHERE r.contribution_id = c.id)"
                        + " AS first_submitted_at"
                        + " FROM contribution c JOIN issue i ON i.id = c.issue_id"
                        + " WHERE i.bulletin_id = :bulletin AND i.status <> 'CANCELLED'"
                        + " AND i.period_start <= :to AND i.period_end >= :from ORDER BY c.issue_id, c.department_code")
                .param("bulletin", bulletinId).param("from", Sql.date(from)).param("to", Sql.date(to))
                .query(CONTRIBUTIONS).list();
    }

    public List<DeliveryRow> deliveries(long bulletinId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT d.issue_id, COUNT(*) AS recipients, COUNT(d.acknowledged_at) AS acknowledged,"
                        + " MIN(d.delivered_at) AS first_delivered_at,"
                        + " MAX(d.acknowledged_at) AS last_acknowledged_at"
                        + " FROM delivery d JOIN issue i ON i.id = d.issue_id"
                        + " WHERE i.bulletin_id = :bulletin AND i.status <> 'CANCELLED'"
                        + " AND i.period_start <= :to AND i.period_end >= :from GROUP BY d.issue_id")
                .param("bulletin", bulletinId).param("from", Sql.date(from)).param("to", Sql.date(to))
                .query(DELIVERIES).list();
    }
}
