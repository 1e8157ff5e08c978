package cn.scgov.bulletin.shared;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import cn.scgov.bulletin.support.StatementRecorder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Test source of a node (added with {@code SpringApplicationBuilder.sources}): wraps the node's DataSource
 * and records every schema-changing statement (CREATE, ALTER, DROP, RENAME, TRUNCATE) any part of the
 * application sends through it, Flyway's and the engine's included. Not annotated, so component scanning
 * never picks it up.
 */
class DdlRecorder {

    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    private static final Pattern DDL = Pattern.compile("^\\s*(create|alter|drop|rename|truncate)\\b.*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    @Bean
    static BeanPostProcessor ddlRecordingDataSource() {
        return StatementRecorder.dataSources(DdlRecorder::record);
    }

    private static void record(String sql) {
        if (DDL.matcher(sql).matches()) {
            STATEMENTS.add(sql.strip().lines().findFirst().orElse("").toLowerCase(Locale.ROOT));
        }
    }
}
