package cn.scgov.bulletin.shared;

import java.lang.reflect.Constructor;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.util.ClassUtils;

/**
 * Rows bound to a record by column name ({@code period_start} → {@code periodStart}) as Spring's
 * {@link DataClassRowMapper} binds them. What binding alone would read differently on H2 and MySQL is explicit
 * here: instants and dates are read as {@link Sql} writes them (the JVM's zone), enums by name. A column binding
 * cannot read (JSON) gets its own reader with {@link #column}.
 * <p>
 * Records are bound by the columns' names read once per row: {@code DataClassRowMapper} asks the driver for each
 * component's column by its plain name first and, for a {@code snake_case} column, catches the driver's "no such
 * column" exception before asking again. At ten years a year's process log (9,000 rows) spent two seconds in those
 * exceptions.
 */
public final class Rows<T> extends DataClassRowMapper<T> {

    /** Reads one column's value; {@code index} is the column's position in the row. */
    @FunctionalInterface
    public interface ColumnReader {
        Object read(ResultSet rs, int index) throws SQLException;
    }

    private final Map<String, ColumnReader> readers = new HashMap<>();
    private final Constructor<T> constructor;
    private final String[] names;
    private final String[] lowerNames;
    private final String[] snakeNames;
    private final TypeDescriptor[] types;

    private Rows(Class<T> type) {
        super(type);
        if (type.isRecord()) {
            constructor = BeanUtils.getResolvableConstructor(type);
            names = BeanUtils.getParameterNames(constructor);
            lowerNames = new String[names.length];
            snakeNames = new String[names.length];
            types = new TypeDescriptor[names.length];
            for (int i = 0; i < names.length; i++) {
                lowerNames[i] = names[i].toLowerCase(Locale.ROOT);
                snakeNames[i] = underscoreName(names[i]);
                types[i] = new TypeDescriptor(new MethodParameter(constructor, i));
            }
        } else {
            constructor = null;
            names = null;
            lowerNames = null;
            snakeNames = null;
            types = null;
        }
    }

    public static <T> Rows<T> of(Class<T> type) {
        return new Rows<>(type);
    }

    /** Reads {@code column} (as named in the query) with {@code reader}; set up before the first row is mapped. */
    public Rows<T> column(String column, ColumnReader reader) {
        readers.put(column.toLowerCase(Locale.ROOT), reader);
        return this;
    }

    @Override
    public T mapRow(ResultSet rs, int rowNumber) throws SQLException {
        if (constructor == null) {
            return super.mapRow(rs, rowNumber);
        }
        ResultSetMetaData metaData = rs.getMetaData();
        Map<String, Integer> columns = new HashMap<>();
        for (int index = metaData.getColumnCount(); index >= 1; index--) {
            // The first column of a name wins, as with ResultSet.findColumn.
            columns.put(metaData.getColumnLabel(index).toLowerCase(Locale.ROOT), index);
        }
        BeanWrapperImpl converter = null;
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            String label = lowerNames[i];
            Integer index = columns.get(label);
            if (index == null) {
                label = snakeNames[i];
                index = columns.get(label);
            }
            if (index == null) {
                throw new SQLException("No column " + snakeNames[i] + " for " + constructor.getDeclaringClass().getSimpleName()
                        + "." + names[i]);
            }
            ColumnReader reader = readers.get(label);
            Class<?> type = types[i].getType();
            Object value = reader != null ? reader.read(rs, index) : read(rs, index, type);
            if (value == null ? !type.isPrimitive() : ClassUtils.resolvePrimitiveIfNecessary(type).isInstance(value)) {
                values[i] = value;
                continue;
            }
            if (converter == null) {
                converter = new BeanWrapperImpl();
                initBeanWrapper(converter);
            }
            values[i] = converter.convertIfNecessary(value, type, types[i]);
        }
        return BeanUtils.instantiateClass(constructor, values);
    }

    @Override
    protected Object getColumnValue(ResultSet rs, int index, Class<?> type) throws SQLException {
        if (!readers.isEmpty()) {
            ColumnReader reader = readers.get(rs.getMetaData().getColumnLabel(index).toLowerCase(Locale.ROOT));
            if (reader != null) {
                return reader.read(rs, index);
            }
        }
        return read(rs, index, type);
    }

    private Object read(ResultSet rs, int index, Class<?> type) throws SQLException {
        if (type == Instant.class) {
            return Sql.instant(rs, index);
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
