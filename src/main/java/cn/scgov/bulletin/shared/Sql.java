package cn.scgov.bulletin.shared;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Conversions between java.time and JDBC values, identical on H2 and MySQL. */
public final class Sql {

    private Sql() {
    }

    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    /**
     * The moment a {@link #timestamp} column holds: written in the JVM's zone, read back in it. Read as a
     * {@code LocalDateTime} rather than a {@code Timestamp}: MySQL's driver builds a {@code Calendar} for every
     * {@code getTimestamp}, which was a tenth of the CPU of a year's dashboard (7,000 rows).
     */
    public static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.atZone(ZoneId.systemDefault()).toInstant();
    }

    public static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long longValue(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Escapes LIKE wildcards in user input. */
    public static String likeContains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
