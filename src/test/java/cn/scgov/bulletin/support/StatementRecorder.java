package cn.scgov.bulletin.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The tests' one way to see the SQL an application sends: wraps its DataSource (and the connections and
 * statements it hands out) and passes every statement's SQL, prepared or executed, by any thread, to a
 * listener. Used by the benchmarks' statement log and the schema migration tests' DDL recorder.
 */
public final class StatementRecorder {

    private StatementRecorder() {
    }

    /** Wraps every DataSource bean of the context this post-processor is registered in. */
    public static BeanPostProcessor dataSources(Consumer<String> listener) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                        ? proxy(DataSource.class, dataSource, listener) : bean;
            }
        };
    }

    private static <T> T proxy(Class<T> type, Object target, Consumer<String> listener) {
        InvocationHandler handler = (instance, method, args) -> {
            // A prepared statement's SQL is seen when it is prepared, not again when it runs.
            if (args != null && args.length > 0 && args[0] instanceof String sql && (method.getName().startsWith("prepare")
                    || (method.getName().startsWith("execute") || method.getName().equals("addBatch"))
                            && !(target instanceof PreparedStatement))) {
                listener.accept(sql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
                return proxy(Connection.class, connection, listener);
            }
            if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
                return proxy(method.getReturnType(), statement, listener);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
