package cn.scgov.bulletin.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.scgov.bulletin.calendar.CalendarDay;
import cn.scgov.bulletin.calendar.CalendarYear;
import cn.scgov.bulletin.shared.Rows;
import cn.scgov.bulletin.shared.Sql;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CalendarRepository {

    private static final Rows<CalendarDay> DAY = Rows.of(CalendarDay.class);
    private static final Rows<CalendarYear> YEAR = Rows.of(CalendarYear.class);
    private static final String DAYS = "SELECT calendar_date AS date, kind, name FROM calendar_day";

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<LocalDate, CalendarDay> days(LocalDate from, LocalDate to) {
        Map<LocalDate, CalendarDay> result = new LinkedHashMap<>();
        jdbc.sql(DAYS + " WHERE calendar_date BETWEEN :from AND :to ORDER BY calendar_date")
                .param("from", Sql.date(from)).param("to", Sql.date(to)).query(DAY).list()
                .forEach(day -> result.put(day.date(), day));
        return result;
    }

    public List<CalendarDay> days(int year) {
        return jdbc.sql(DAYS + " WHERE calendar_year = :year ORDER BY calendar_date")
                .param("year", year).query(DAY).list();
    }

    public Set<Integer> knownYears() {
        return new TreeSet<>(jdbc.sql("SELECT calendar_year FROM calendar_year").query(Integer.class).list());
    }

    public List<CalendarYear> years() {
        // YEAR is a keyword in H2: the alias is quoted, with backticks, which H2 and MySQL both read.
        return jdbc.sql("SELECT y.calendar_year AS `year`, y.source, y.updated_by, y.updated_at,"
                + " (SELECT COUNT(*) FROM calendar_day d WHERE d.calendar_year = y.calendar_year AND d.kind = 'HOLIDAY') AS holidays,"
                + " (SELECT COUNT(*) FROM calendar_day d WHERE d.calendar_year = y.calendar_year AND d.kind = 'WORKDAY') AS workdays"
                + " FROM calendar_year y ORDER BY y.calendar_year")
                .query(YEAR).list();
    }

    /** Locks the year's row (creating it first) so concurrent imports and edits of one year take turns. */
    public void lockYear(int year, String source, String actor, Instant now) {
        int updated = jdbc.sql("UPDATE calendar_year SET source = :source, updated_by = :actor, updated_at = :now"
                + " WHERE calendar_year = :year").param("year", year).param("source", source).param("actor", actor)
                .param("now", Sql.timestamp(now)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO calendar_year (calendar_year, source, updated_by, updated_at)"
                    + " VALUES (:year, :source, :actor, :now)").param("year", year).param("source", source)
                    .param("actor", actor).param("now", Sql.timestamp(now)).update();
        }
    }

    public void replaceYear(int year, Collection<CalendarDay> days) {
        jdbc.sql("DELETE FROM calendar_day WHERE calendar_year = :year").param("year", year).update();
        for (CalendarDay day : days) {
            insert(year, day);
        }
    }

    public void put(CalendarDay day) {
        jdbc.sql("DELETE FROM calendar_day WHERE calendar_date = :date").param("date", Sql.date(day.date())).update();
        insert(day.date().getYear(), day);
    }

    public boolean remove(LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_day WHERE calendar_date = :date").param("date", Sql.date(date)).update() == 1;
    }

    private void insert(int year, CalendarDay day) {
        jdbc.sql("INSERT INTO calendar_day (calendar_date, calendar_year, kind, name) VALUES (:date, :year, :kind, :name)")
                .param("date", Sql.date(day.date())).param("year", year).param("kind", day.kind().name())
                .param("name", day.name()).update();
    }
}
