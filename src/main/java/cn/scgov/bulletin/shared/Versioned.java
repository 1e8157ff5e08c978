package cn.scgov.bulletin.shared;

import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Optimistic locking, the one way every versioned row is changed: the update applies only while the
 * row still has the version the caller read, and moves the version on. A false answer (someone changed
 * or removed the row meanwhile) is what the services turn into 409.
 */
public final class Versioned {

    private Versioned() {
    }

    /** Updates the row whose {@code id} is given; {@code params} binds the assignments' parameters. */
    public static boolean update(JdbcClient jdbc, String table, Object id, int version, String assignments,
            UnaryOperator<StatementSpec> params) {
        return update(jdbc, table, "id", id, version, assignments, params);
    }

    /** Updates the row whose {@code keyColumn} has the value {@code key}. */
    public static boolean update(JdbcClient jdbc, String table, String keyColumn, Object key, int version,
            String assignments, UnaryOperator<StatementSpec> params) {
        StatementSpec update = jdbc.sql("UPDATE " + table + " SET " + assignments + ", version = version + 1"
                + " WHERE " + keyColumn + " = :key AND version = :version").param("key", key).param("version", version);
        return params.apply(update).update() == 1;
    }
}
