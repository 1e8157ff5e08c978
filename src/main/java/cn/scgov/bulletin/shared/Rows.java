package cn.scgov.bulletin.shared;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Rows bound to a record by column name ({@code period_start} → {@code periodStart}) with Spring's
 * {@link DataClassRowMapper}. What binding alone would read differently on H2 and MySQL is explicit
 * here: instants and dates are read as {@link Sql} writes them (the JVM's zone), enums by name. A
 * column binding cannot read (JSON) gets its own reader with {@link #column}.
 */
public final class Rows<T> extends DataClassRowMapper<T> {

    /** Reads one column's value; {@code index} is the column's position in the row. */
    @FunctionalInterface
    public interface ColumnReader {
        Object read(ResultSet rs, int index) throws SQLException;
    }

    private final Map<String, ColumnReader> readers = new HashMap<>();
    // The component types that have a reader: only their columns need the column's name (read from the metadata).
    private final Set<Class<?>> readerTypes = new HashSet<>();
    private final Class<T> type;

    private Rows(Class<T> type) {
        super(type);
        this.type = type;
    }

    public static <T> Rows<T> of(Class<T> type) {
        return new Rows<>(type);
    }

    /** Reads {@code column} (as named in the query) with {@code reader}; set up before the first row is mapped. */
    public Rows<T> column(String column, ColumnReader reader) {
        readers.put(column.toLowerCase(Locale.ROOT), reader);
        String component = JdbcUtils.convertUnderscoreNameToPropertyName(column);
        RecordComponent[] components = type.getRecordComponents();
        List<Class<?>> types = components == null ? List.of() : Arrays.stream(components)
                .filter(c -> c.getName().equalsIgnoreCase(component)).<Class<?>>map(RecordComponent::getType).toList();
        // A column no component is named after: look up every column's name, as before.
        readerTypes.addAll(types.isEmpty() ? List.of(Object.class) : types);
        return this;
    }

    @Override
    protected Object getColumnValue(ResultSet rs, int index, Class<?> type) throws SQLException {
        if (readerTypes.contains(type) || readerTypes.contains(Object.class)) {
            ColumnReader reader = readers.get(rs.getMetaData().getColumnLabel(index).toLowerCase(Locale.ROOT));
            if (reader != null) {
                return reader.read(rs, index);
            }
        }
        if (type == Instant.class) {
            Timestamp value = rs.getTimestamp(index);
            return value == null ? null : value.toInstant();
        }
        if (type == LocalDate.class) {
            Date value = rs.getDate(index);
            return value == null ? null : value.toLocalDate();
        }
        if (type.isEnum()) {
            String value = rs.getString(index);
            return value == null ? null : enumValue(type, value);
        }
        return super.getColumnValue(rs, index, type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }
}
