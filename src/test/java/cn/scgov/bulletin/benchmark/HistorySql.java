package cn.scgov.bulletin.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/** The plain JDBC reads {@link HistoryGenerator} and the ten-year benchmark make on the generated history. */
final class HistorySql {

    private HistorySql() {
    }

    /** The ids of the two bulletins' issues in period order: all of them, then the weekly's only. */
    static List<List<Long>> issueIds(DataSource dataSource, long weeklyId, long monthlyId) throws SQLException {
        List<Long> all = new ArrayList<>();
        List<Long> weeklies = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, bulletin_id FROM issue WHERE bulletin_id IN (?, ?) ORDER BY period_start, id")) {
            statement.setLong(1, weeklyId);
            statement.setLong(2, monthlyId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getLong(1));
                    if (rs.getLong(2) == weeklyId) {
                        weeklies.add(rs.getLong(1));
                    }
                }
            }
        }
        return List.of(all, weeklies);
    }

    static LocalDate[] period(Connection connection, long issueId) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT period_start, period_end FROM issue WHERE id = ?")) {
            statement.setLong(1, issueId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next yearly ({@code year} given) or cumulative ({@code year} null) number of the bulletin. */
    static int next(Connection connection, String column, long bulletinId, Integer year) throws SQLException {
        String sql = "SELECT MAX(" + column + ") FROM issue WHERE bulletin_id = ?" + (year == null ? "" : " AND numbering_year = ?");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, bulletinId);
            if (year != null) {
                statement.setInt(2, year);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }

    static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("issue", "contribution", "contribution_item", "issue_item", "delivery", "process_log",
                    "notice", "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
                    "ACT_HI_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_RU_TASK")) {
                try (var statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
