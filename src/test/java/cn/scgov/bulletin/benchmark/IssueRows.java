package cn.scgov.bulletin.benchmark;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row one issue left in the database, table by table: the application's rows (by issue, section and
 * contribution) and the engine's history (by process instance and its tasks). What {@link IssueCloner} copies
 * and what {@code GeneratedHistoryTests} compares.
 */
final class IssueRows {

    /** The engine's history tables an issue writes to, and how each is found (process instance or its tasks). */
    static final List<String> ENGINE_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_VARINST", "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_DETAIL");

    /** The application's tables, parents first; each with the column naming its issue, section or contribution. */
    static final Map<String, String> APP_TABLES = new LinkedHashMap<>();

    static {
        APP_TABLES.put("issue", "id = ?");
        APP_TABLES.put("issue_section", "issue_id = ?");
        APP_TABLES.put("issue_section_department", "section_id IN (SELECT id FROM issue_section WHERE issue_id = ?)");
        APP_TABLES.put("issue_colophon_line", "issue_id = ?");
        APP_TABLES.put("contribution", "issue_id = ?");
        APP_TABLES.put("contribution_item", "contribution_id IN (SELECT id FROM contribution WHERE issue_id = ?)");
        APP_TABLES.put("contribution_revision", "contribution_id IN (SELECT id FROM contribution WHERE issue_id = ?)");
        APP_TABLES.put("issue_item", "issue_id = ?");
        APP_TABLES.put("issue_section_note", "issue_id = ?");
        APP_TABLES.put("issue_statistic", "issue_id = ?");
        APP_TABLES.put("issue_checklist_entry", "issue_id = ?");
        APP_TABLES.put("signoff_step", "issue_id = ?");
        APP_TABLES.put("delivery", "issue_id = ?");
        APP_TABLES.put("issue_document", "issue_id = ?");
        APP_TABLES.put("process_log", "issue_id = ?");
        APP_TABLES.put("notice", "issue_id = ?");
        APP_TABLES.put("notice_overdue", "issue_id = ?");
    }

    /** One table's rows: column names and types (java.sql.Types) and the values, blobs and clobs read out. */
    record Table(String name, List<String> columns, List<Integer> types, List<Object[]> rows) {

        int index(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).equalsIgnoreCase(column)) {
                    return i;
                }
            }
            return -1;
        }
    }

    final long issueId;
    final String processInstanceId;
    final Map<String, Table> tables = new LinkedHashMap<>();

    private IssueRows(long issueId, String processInstanceId) {
        this.issueId = issueId;
        this.processInstanceId = processInstanceId;
    }

    static IssueRows read(Connection connection, long issueId) throws SQLException {
        String processInstanceId;
        try (PreparedStatement statement = connection.prepareStatement("SELECT process_instance_id FROM issue WHERE id = ?")) {
            statement.setLong(1, issueId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                processInstanceId = rs.getString(1);
            }
        }
        IssueRows rows = new IssueRows(issueId, processInstanceId);
        APP_TABLES.forEach((table, where) -> rows.put(read(connection, table, where, issueId)));
        String tasks = "(SELECT ID_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ?)";
        for (String table : ENGINE_TABLES) {
            String where = switch (table) {
                case "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT" -> "PROC_INST_ID_ = ? OR TASK_ID_ IN " + tasks;
                default -> "PROC_INST_ID_ = ?";
            };
            rows.put(read(connection, table, where, processInstanceId));
        }
        List<Object> byteArrays = new ArrayList<>();
        Table variables = rows.tables.get("ACT_HI_VARINST");
        int bytes = variables.index("BYTEARRAY_ID_");
        variables.rows().stream().map(row -> row[bytes]).filter(id -> id != null).forEach(byteArrays::add);
        rows.put(readIn(connection, "ACT_GE_BYTEARRAY", "ID_", byteArrays));
        return rows;
    }

    private void put(Table table) {
        tables.put(table.name(), table);
    }

    int count(String table) {
        return tables.get(table).rows().size();
    }

    private static Table read(Connection connection, String table, String where, Object key) {
        int parameters = (int) where.chars().filter(c -> c == '?').count();
        try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            for (int i = 1; i <= parameters; i++) {
                statement.setObject(i, key);
            }
            return table(table, statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table + ": " + e.getMessage(), e);
        }
    }

    private static Table readIn(Connection connection, String table, String column, Collection<Object> keys)
            throws SQLException {
        String in = keys.isEmpty() ? "NULL" : String.join(",", keys.stream().map(k -> "?").toList());
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE " + column + " IN (" + in + ")")) {
            int i = 1;
            for (Object key : keys) {
                statement.setObject(i++, key);
            }
            return table(table, statement);
        }
    }

    private static Table table(String table, PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
                types.add(meta.getColumnType(i));
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = value(rs, i + 1, types.get(i));
                }
                rows.add(row);
            }
            int id = columns.stream().map(String::toLowerCase).toList().indexOf("id");
            if (id >= 0 && !table.startsWith("ACT_")) {
                rows.sort(java.util.Comparator.comparingLong(row -> ((Number) row[id]).longValue()));
            }
            return new Table(table, columns, types, rows);
        }
    }

    private static Object value(ResultSet rs, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> rs.getTimestamp(column);
            case Types.DATE -> rs.getDate(column);
            default -> rs.getObject(column);
        };
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value;
    }
}
