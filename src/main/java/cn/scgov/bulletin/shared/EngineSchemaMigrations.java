package cn.scgov.bulletin.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In the mysql profile ({@code bulletin.database.engine-schema=migrations}) the engine's tables are made by
 * versioned migrations, not by the engine at start: a Flyway of its own (history table
 * {@value #HISTORY_TABLE}, scripts under {@value #LOCATION}, versions named after Flowable's schema
 * versions) runs while the engine is being configured, that is before the engine checks its tables, and
 * the engine only checks the schema version ({@code database-schema-update=false}). Flyway migrates under
 * a database lock, so nodes starting together on an empty database wait for the first one.
 *
 * <p>A database whose engine schema was made by the engine (versions before this one) has engine tables
 * but no {@value #HISTORY_TABLE}: it is baselined at the engine's version, which must be the one the
 * scripts start from ({@value #ENGINE_SCHEMA_VERSION}); any other version stops the start with a message.
 */
@Component
@ConditionalOnProperty(name = "bulletin.database.engine-schema", havingValue = "migrations")
class EngineSchemaMigrations implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    static final String HISTORY_TABLE = "engine_schema_history";
    static final String LOCATION = "classpath:db/engine/mysql";
    /** The engine schema version the first migration creates. */
    static final String ENGINE_SCHEMA_VERSION = "8.0.0.0";

    private static final Logger log = LoggerFactory.getLogger(EngineSchemaMigrations.class);

    private final DataSource dataSource;

    EngineSchemaMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        if (DatabaseKind.of(dataSource) != DatabaseKind.MYSQL) {
            throw new IllegalStateException("bulletin.database.engine-schema=migrations needs MySQL or MariaDB");
        }
        migrate();
        configuration.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    }

    void migrate() {
        String baseline = engineMadeSchemaVersion();
        if (baseline != null) {
            log.info("Engine tables made by the engine (schema version {}): recorded in {} as baseline", baseline, HISTORY_TABLE);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .placeholderReplacement(false)
                // The schema already holds the application's tables: without a history table of its own, Flyway
                // starts one at 0 (fresh engine schema) or at the version the engine made (older installation).
                .baselineOnMigrate(true)
                .baselineVersion(baseline == null ? "0" : baseline)
                .baselineDescription(baseline == null ? "<< engine schema history >>" : "engine schema made by the engine")
                .load();
        flyway.migrate();
    }

    /**
     * The engine's schema version when the engine made the tables (no history table yet), else null. The
     * engine table is looked at before the history table: Flyway creates the history table before it
     * creates any engine table, so a node that finds engine tables and no history table is looking at an
     * installation older than the migrations, never at another node's half-done migration.
     */
    private String engineMadeSchemaVersion() {
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection, "ACT_GE_PROPERTY") || tableExists(connection, HISTORY_TABLE)) {
                return null;
            }
            String version = null;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'");
                    ResultSet rs = statement.executeQuery()) {
                if (rs.next()) {
                    version = rs.getString(1);
                }
            }
            if (!ENGINE_SCHEMA_VERSION.equals(version)) {
                throw new IllegalStateException("The engine tables were made by Flowable schema version " + version
                        + "; this version of the application takes over engine schemas of version " + ENGINE_SCHEMA_VERSION
                        + " only (README, \"Schema migrations\")");
            }
            return version;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the engine schema: " + e.getMessage(), e);
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND UPPER(TABLE_NAME) = UPPER(?)")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
