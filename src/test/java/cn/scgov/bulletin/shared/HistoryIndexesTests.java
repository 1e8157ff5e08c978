package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import cn.scgov.bulletin.support.FlowTestSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The indexes that keep ten years of history fast (README, "Ten years of history") are there after the migrations,
 * on the engine's tables as on the application's: without them the inbox's done tab, every timeline and sign-off
 * history, and the notices list read whole tables (measured by the ten-year benchmark, not here).
 */
class HistoryIndexesTests extends FlowTestSupport {

    @Autowired DataSource dataSource;

    @Test
    void finishedTasksAreIndexedByAssigneeAndEnd() throws SQLException {
        assertThat(indexes("ACT_HI_TASKINST")).contains(List.of("ASSIGNEE_", "END_TIME_"));
    }

    @Test
    void engineCommentsAreIndexedByProcessAndType() throws SQLException {
        assertThat(indexes("ACT_HI_COMMENT")).contains(List.of("PROC_INST_ID_", "TYPE_"));
    }

    @Test
    void noticesAreIndexedByRecipientAndTime() throws SQLException {
        assertThat(indexes("notice")).contains(List.of("RECIPIENT", "CREATED_AT"));
    }

    /** Each index of the table as its columns in order, upper case (H2 folds names, MariaDB keeps them). */
    private List<List<String>> indexes(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, Map<Short, String>> columns = new TreeMap<>();
            for (String name : List.of(table, table.toUpperCase(), table.toLowerCase())) {
                try (ResultSet rows = meta.getIndexInfo(connection.getCatalog(), null, name, false, false)) {
                    while (rows.next()) {
                        if (rows.getString("COLUMN_NAME") != null) {
                            columns.computeIfAbsent(rows.getString("INDEX_NAME"), k -> new TreeMap<>())
                                    .put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toUpperCase());
                        }
                    }
                }
            }
            List<List<String>> result = new ArrayList<>();
            columns.values().forEach(index -> result.add(List.copyOf(index.values())));
            return result;
        }
    }
}
