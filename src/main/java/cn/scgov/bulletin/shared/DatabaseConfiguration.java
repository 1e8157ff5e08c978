package cn.scgov.bulletin.shared;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway writes the application's tables with a few placeholders, so one migration script serves
 * H2 and MySQL/MariaDB: the timestamp type and the table options that make MySQL tables utf8mb4.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    FlywayConfigurationCustomizer dialectPlaceholders(DataSource dataSource) {
        return configuration -> {
            DatabaseKind kind = DatabaseKind.of(dataSource);
            configuration.placeholders(kind == DatabaseKind.MYSQL
                    ? Map.of("datetime", "DATETIME(3)",
                            "table_options", "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin")
                    : Map.of("datetime", "TIMESTAMP(3)", "table_options", ""));
        };
    }
}
