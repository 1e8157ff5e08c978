package cn.scgov.bulletin.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.sql.DataSource;

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
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                        ? proxy(DataSource.class, dataSource) : bean;
            }
        };
    }

    private static <T> T proxy(Class<T> type, Object target) {
        InvocationHandler handler = (instance, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof String sql
                    && (method.getName().startsWith("execute") || method.getName().startsWith("prepare")
                            || method.getName().equals("addBatch"))) {
                record(sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return proxy(method.getReturnType(), statement);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(DdlRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static void record(String sql) {
        if (DDL.matcher(sql).matches()) {
            STATEMENTS.add(sql.strip().lines().findFirst().orElse("").toLowerCase(Locale.ROOT));
        }
    }
}
