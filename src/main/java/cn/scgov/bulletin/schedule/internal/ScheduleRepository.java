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
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;
import cn.scgov.bulletin.shared.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ScheduleRepository {

    /** The schedule's columns named as {@link Schedule}'s components; times are stored as "HH:mm" text. */
    private static final String SELECT_SCHEDULE = "SELECT bulletin_id, active, cadence, period_choice AS period,"
            + " open_day, open_time, deadline_day, deadline_time, reminder_hours, holiday_rule, holiday_week_rule,"
            + " confirmed_early_deadline AS deadline_before_period_end_confirmed, active_from, version, updated_by,"
            + " updated_at FROM bulletin_schedule";

    private static final Rows<Schedule> SCHEDULE = Rows.of(Schedule.class)
            .column("open_time", (rs, column) -> LocalTime.parse(rs.getString(column)))
            .column("deadline_time", (rs, column) -> LocalTime.parse(rs.getString(column)));

    private static final Rows<OccurrenceRow> OCCURRENCE = Rows.of(OccurrenceRow.class);

    private final JdbcClient jdbc;

    ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Schedule> find(long bulletinId) {
        return jdbc.sql(SELECT_SCHEDULE + " WHERE bulletin_id = :id").param("id", bulletinId)
                .query(SCHEDULE).optional();
    }

    public List<Schedule> all() {
        return jdbc.sql(SELECT_SCHEDULE + " ORDER BY bulletin_id").query(SCHEDULE).list();
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
        return Versioned.update(jdbc, "bulletin_schedule", "bulletin_id", s.bulletinId(), s.version(),
                "active = :active, cadence = :cadence, period_choice = :period, open_day = :openDay,"
                + " open_time = :openTime, deadline_day = :deadlineDay, deadline_time = :deadlineTime,"
                + " reminder_hours = :reminder, holiday_rule = :rule, holiday_week_rule = :weekRule,"
                + " confirmed_early_deadline = :confirmed, active_from = :activeFrom, updated_by = :actor,"
                + " updated_at = :now", sql -> sql.params(params(s, actor, now)));
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
        return Versioned.update(jdbc, "schedule_occurrence", row.id(), row.version(), "period_end = :end,"
                + " status = :status, opens_at = :opensAt, deadline = :deadline, issue_id = :issue, reason = :reason,"
                + " updated_by = :actor, updated_at = :now", sql -> sql.param("end", Sql.date(row.periodEnd()))
                        .param("status", row.status().name()).param("opensAt", Sql.timestamp(row.opensAt()))
                        .param("deadline", Sql.timestamp(row.deadline())).param("issue", row.issueId())
                        .param("reason", row.reason()).param("actor", actor).param("now", Sql.timestamp(now)));
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
