package cn.scgov.bulletin.shared;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway writes the application's tables with a few placeholders, so one migration script serves
 * H2 and MySQL/MariaDB: the timestamp type and the table options that make MySQL tables utf8mb4.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * The application's migrations run once the engine has made (engine-schema {@code engine}) or migrated
     * ({@code migrations}, {@link EngineSchemaMigrations}) its tables, so a migration may index engine tables
     * (V115). Nothing the engine does while it is built reads the application's tables.
     */
    @Bean
    static BeanFactoryPostProcessor applicationMigrationsAfterEngine() {
        return factory -> {
            if (factory.containsBeanDefinition("flywayInitializer") && factory.containsBeanDefinition("processEngine")) {
                BeanDefinition flyway = factory.getBeanDefinition("flywayInitializer");
                String[] before = flyway.getDependsOn() == null ? new String[0] : flyway.getDependsOn();
                String[] after = java.util.Arrays.copyOf(before, before.length + 1);
                after[before.length] = "processEngine";
                flyway.setDependsOn(after);
            }
        };
    }

    @Bean
    FlywayConfigurationCustomizer dialectPlaceholders(DataSource dataSource) {
        return configuration -> {
            // On a new database the engine's tables are there first (see above): start the history at 0.
            configuration.baselineOnMigrate(true).baselineVersion("0")
                    .baselineDescription("<< application schema history, engine tables present >>");
            DatabaseKind kind = DatabaseKind.of(dataSource);
            configuration.placeholders(kind == DatabaseKind.MYSQL
                    ? Map.of("datetime", "DATETIME(3)",
                            "table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin")
                    : Map.of("datetime", "TIMESTAMP(3)", "table_options", ""));
        };
    }
}
