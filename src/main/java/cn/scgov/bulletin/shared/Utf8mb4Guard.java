package cn.scgov.bulletin.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Flowable's MySQL create scripts make utf8mb3 tables ({@code DEFAULT CHARSET=utf8}), which cannot
 * hold characters outside the BMP such as 𠀀 in a person's name. Once Flyway and the engine have
 * created their tables, and before the job executor or the web server start, every table of the
 * schema that is not utf8mb4 is converted. MariaDB refuses to change a column used by a foreign key
 * even with foreign key checks off, so the foreign keys touching those tables are dropped first and
 * recreated afterwards. Converting is idempotent: tables added by a later Flowable upgrade are
 * caught on the next start.
 */
@Component
class Utf8mb4Guard implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Utf8mb4Guard.class);

    private final DataSource dataSource;

    Utf8mb4Guard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record ForeignKey(String name, String table, String referencedTable, List<String> columns,
            List<String> referencedColumns, String updateRule, String deleteRule) {

        String addStatement() {
            return "ALTER TABLE `" + table + "` ADD CONSTRAINT `" + name + "` FOREIGN KEY (" + quoted(columns)
                    + ") REFERENCES `" + referencedTable + "` (" + quoted(referencedColumns) + ") ON DELETE "
                    + deleteRule + " ON UPDATE " + updateRule;
        }

        private static String quoted(List<String> names) {
            return String.join(", ", names.stream().map(name -> "`" + name + "`").toList());
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (DatabaseKind.of(dataSource) != DatabaseKind.MYSQL) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Set<String> tables = tablesNotUtf8mb4(statement);
            if (tables.isEmpty()) {
                return;
            }
            log.info("Converting {} tables to utf8mb4", tables.size());
            List<ForeignKey> foreignKeys = foreignKeysTouching(statement, tables);
            for (ForeignKey foreignKey : foreignKeys) {
                statement.execute("ALTER TABLE `" + foreignKey.table() + "` DROP FOREIGN KEY `" + foreignKey.name() + "`");
            }
            for (String table : tables) {
                statement.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            for (ForeignKey foreignKey : foreignKeys) {
                statement.execute(foreignKey.addStatement());
            }
            Set<String> left = tablesNotUtf8mb4(statement);
            if (!left.isEmpty()) {
                throw new IllegalStateException("Tables still not utf8mb4: " + left);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot convert tables to utf8mb4: " + e.getMessage(), e);
        }
    }

    private static Set<String> tablesNotUtf8mb4(Statement statement) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
                + " AND TABLE_COLLATION NOT LIKE 'utf8mb4%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<ForeignKey> foreignKeysTouching(Statement statement, Set<String> tables) throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery("SELECT rc.CONSTRAINT_NAME, rc.TABLE_NAME, rc.REFERENCED_TABLE_NAME,"
                + " rc.UPDATE_RULE, rc.DELETE_RULE, k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME"
                + " FROM information_schema.REFERENTIAL_CONSTRAINTS rc JOIN information_schema.KEY_COLUMN_USAGE k"
                + " ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME"
                + " AND k.TABLE_NAME = rc.TABLE_NAME"
                + " WHERE rc.CONSTRAINT_SCHEMA = DATABASE() ORDER BY rc.TABLE_NAME, rc.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            while (rs.next()) {
                String table = rs.getString(2);
                String referenced = rs.getString(3);
                if (!tables.contains(table) && !tables.contains(referenced)) {
                    continue;
                }
                String id = table + "." + rs.getString(1);
                ForeignKey key = keys.computeIfAbsent(id, k -> {
                    try {
                        return new ForeignKey(rs.getString(1), table, referenced, new ArrayList<>(), new ArrayList<>(),
                                rs.getString(4), rs.getString(5));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                key.columns().add(rs.getString(6));
                key.referencedColumns().add(rs.getString(7));
            }
        }
        return new ArrayList<>(keys.values());
    }
}
