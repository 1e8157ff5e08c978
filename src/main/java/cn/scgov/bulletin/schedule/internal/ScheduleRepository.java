package cn.scgov.bulletin.schedule.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scgov.bulletin.calendar.ShiftRule;
import cn.scgov.bulletin.schedule.Cadence;
import cn.scgov.bulletin.schedule.HolidayWeekRule;
import cn.scgov.bulletin.schedule.PeriodChoice;
import cn.scgov.bulletin.schedule.Schedule;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ScheduleRepository {

    private static final RowMapper<Schedule> SCHEDULE = (rs, n) -> new Schedule(rs.getLong("bulletin_id"),
            rs.getBoolean("active"), Cadence.valueOf(rs.getString("cadence")),
            PeriodChoice.valueOf(rs.getString("period_choice")), rs.getInt("open_day"),
            LocalTime.parse(rs.getString("open_time")), rs.getInt("deadline_day"),
            LocalTime.parse(rs.getString("deadline_time")), rs.getInt("reminder_hours"),
            ShiftRule.valueOf(rs.getString("holiday_rule")), HolidayWeekRule.valueOf(rs.getString("holiday_week_rule")),
            rs.getBoolean("confirmed_early_deadline"), Sql.instant(rs, "active_from"), rs.getInt("version"),
            rs.getString("updated_by"), Sql.instant(rs, "updated_at"));

    private static final RowMapper<OccurrenceRow> OCCURRENCE = (rs, n) -> new OccurrenceRow(rs.getLong("id"),
            rs.getLong("bulletin_id"), Sql.localDate(rs, "period_start"), Sql.localDate(rs, "period_end"),
            OccurrenceRow.Status.valueOf(rs.getString("status")), Sql.instant(rs, "opens_at"), Sql.instant(rs, "deadline"),
            Sql.longValue(rs, "issue_id"), rs.getString("reason"), rs.getInt("version"));

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Schedule> find(long bulletinId) {
        return jdbc.sql("SELECT * FROM bulletin_schedule WHERE bulletin_id = :id").param("id", bulletinId)
                .query(SCHEDULE).optional();
    }

    public List<Schedule> all() {
        return jdbc.sql("SELECT * FROM bulletin_schedule ORDER BY bulletin_id").query(SCHEDULE).list();
    }

    public void insert(Schedule s, String actor, Instant now) {
        jdbc.sql("INSERT INTO bulletin_schedule (bulletin_id, active, cadence, period_choice, open_day, open_time,"
                + " deadline_day, deadline_time, reminder_hours, holiday_rule, holiday_week_rule, confirmed_early_deadline,"
                + " active_from, version, updated_by, updated_at) VALUES (:bulletin, :active, :cadence, :period, :openDay,"
                + " :openTime, :deadlineDay, :deadlineTime, :reminder, :rule, :weekRule, :confirmed, :activeFrom, 0,"
                + " :actor, :now)")
                .params(params(s, actor, now)).update();
    }

    /** Saves a new version; false when someone else saved since {@code s.version()} was read. */
    public boolean update(Schedule s, String actor, Instant now) {
        return jdbc.sql("UPDATE bulletin_schedule SET active = :active, cadence = :cadence, period_choice = :period,"
                + " open_day = :openDay, open_time = :openTime, deadline_day = :deadlineDay, deadline_time = :deadlineTime,"
                + " reminder_hours = :reminder, holiday_rule = :rule, holiday_week_rule = :weekRule,"
                + " confirmed_early_deadline = :confirmed, active_from = :activeFrom, version = version + 1,"
                + " updated_by = :actor, updated_at = :now WHERE bulletin_id = :bulletin AND version = :version")
                .params(params(s, actor, now)).update() == 1;
    }

    private static Map<String, Object> params(Schedule s, String actor, Instant now) {
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        p.put("bulletin", s.bulletinId());
        p.put("active", s.active());
        p.put("cadence", s.cadence().name());
        p.put("period", s.period().name());
        p.put("openDay", s.openDay());
        p.put("openTime", s.openTime().toString());
        p.put("deadlineDay", s.deadlineDay());
        p.put("deadlineTime", s.deadlineTime().toString());
        p.put("reminder", s.reminderHours());
        p.put("rule", s.holidayRule().name());
        p.put("weekRule", s.holidayWeekRule().name());
        p.put("confirmed", s.deadlineBeforePeriodEndConfirmed());
        p.put("activeFrom", Sql.timestamp(s.activeFrom()));
        p.put("version", s.version());
        p.put("actor", actor);
        p.put("now", Sql.timestamp(now));
        return p;
    }

    /** The office's adjustments and the openings of a bulletin's occurrences, by period start. */
    public Map<LocalDate, OccurrenceRow> occurrences(long bulletinId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM schedule_occurrence WHERE bulletin_id = :bulletin"
                + " AND period_start BETWEEN :from AND :to").param("bulletin", bulletinId).param("from", Sql.date(from))
                .param("to", Sql.date(to)).query(OCCURRENCE).list().stream()
                .collect(Collectors.toMap(OccurrenceRow::periodStart, Function.identity()));
    }

    public Optional<OccurrenceRow> occurrence(long bulletinId, LocalDate periodStart) {
        return jdbc.sql("SELECT * FROM schedule_occurrence WHERE bulletin_id = :bulletin AND period_start = :start")
                .param("bulletin", bulletinId).param("start", Sql.date(periodStart)).query(OCCURRENCE).optional();
    }

    /**
     * Records an occurrence (an adjustment or an opening). The unique key on (bulletin, period start)
     * makes a second insert for the same occurrence fail, on whichever node it runs.
     */
    public void insert(OccurrenceRow row, String actor, Instant now) {
        jdbc.sql("INSERT INTO schedule_occurrence (bulletin_id, period_start, period_end, status, opens_at, deadline,"
                + " issue_id, reason, version, updated_by, updated_at) VALUES (:bulletin, :start, :end, :status, :opensAt,"
                + " :deadline, :issue, :reason, 0, :actor, :now)")
                .param("bulletin", row.bulletinId()).param("start", Sql.date(row.periodStart()))
                .param("end", Sql.date(row.periodEnd())).param("status", row.status().name())
                .param("opensAt", Sql.timestamp(row.opensAt())).param("deadline", Sql.timestamp(row.deadline()))
                .param("issue", row.issueId()).param("reason", row.reason()).param("actor", actor)
                .param("now", Sql.timestamp(now)).update();
    }

    /** Changes a recorded occurrence if it is still at {@code version}; false otherwise. */
    public boolean update(OccurrenceRow row, String actor, Instant now) {
        return jdbc.sql("UPDATE schedule_occurrence SET period_end = :end, status = :status, opens_at = :opensAt,"
                + " deadline = :deadline, issue_id = :issue, reason = :reason, version = version + 1,"
                + " updated_by = :actor, updated_at = :now WHERE id = :id AND version = :version")
                .param("id", row.id()).param("version", row.version()).param("end", Sql.date(row.periodEnd()))
                .param("status", row.status().name()).param("opensAt", Sql.timestamp(row.opensAt()))
                .param("deadline", Sql.timestamp(row.deadline())).param("issue", row.issueId())
                .param("reason", row.reason()).param("actor", actor).param("now", Sql.timestamp(now)).update() == 1;
    }

    public boolean delete(long id, int version) {
        return jdbc.sql("DELETE FROM schedule_occurrence WHERE id = :id AND version = :version").param("id", id)
                .param("version", version).update() == 1;
    }

    public void setIssue(long bulletinId, LocalDate periodStart, long issueId) {
        jdbc.sql("UPDATE schedule_occurrence SET issue_id = :issue WHERE bulletin_id = :bulletin AND period_start = :start")
                .param("issue", issueId).param("bulletin", bulletinId).param("start", Sql.date(periodStart)).update();
    }
}
