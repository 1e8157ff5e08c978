package cn.scgov.bulletin.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Flowable's MySQL create scripts make utf8mb3 tables ({@code DEFAULT CHARSET=utf8}), which cannot
 * hold characters outside the BMP such as 𠀀 in a person's name. Once Flyway and the engine have
 * created their tables, and before the job executor or the web server start, every table of the
 * schema that is not utf8mb4 is converted. Converting is idempotent, so tables added by a later
 * Flowable upgrade are caught on the next start.
 */
@Component
class Utf8mb4Guard implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(Utf8mb4Guard.class);

    private final DataSource dataSource;

    Utf8mb4Guard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (DatabaseKind.of(dataSource) != DatabaseKind.MYSQL) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = tablesNotUtf8mb4(statement);
            if (tables.isEmpty()) {
                return;
            }
            log.info("Converting {} tables to utf8mb4: {}", tables.size(), tables);
            statement.execute("SET SESSION foreign_key_checks = 0");
            try {
                for (String table : tables) {
                    statement.execute("ALTER TABLE `" + table + "` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                }
            } finally {
                statement.execute("SET SESSION foreign_key_checks = 1");
            }
            List<String> left = tablesNotUtf8mb4(statement);
            if (!left.isEmpty()) {
                throw new IllegalStateException("Tables still not utf8mb4: " + left);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot convert tables to utf8mb4: " + e.getMessage(), e);
        }
    }

    private static List<String> tablesNotUtf8mb4(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
                + " AND TABLE_COLLATION NOT LIKE 'utf8mb4%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
