package cn.scgov.bulletin.security;

import javax.sql.DataSource;

import cn.scgov.bulletin.shared.DatabaseKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session that add the same attribute at once (a page and its htmx call, or two nodes)
 * both insert its row; the second insert failed on the primary key and the request answered 500. The
 * attribute is written as an upsert instead (MySQL/MariaDB: ON DUPLICATE KEY UPDATE; H2: MERGE … KEY): the
 * later write wins, as it would in a single JVM's session.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final String H2_UPSERT = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME,"
            + " ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpserts(DataSource dataSource) {
        if (DatabaseKind.of(dataSource) == DatabaseKind.MYSQL) {
            return new MySqlJdbcIndexedSessionRepositoryCustomizer();
        }
        return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
    }
}
