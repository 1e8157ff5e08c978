package cn.scgov.bulletin.shared;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone), as opposed
 * to a fault of the request or of the application. Such requests are answered 503 with a Chinese message
 * and are not retried (the pool waits at most {@code spring.datasource.hikari.connection-timeout} for a
 * connection). Engine calls wrap these causes in Flowable exceptions; the whole cause chain is looked at.
 */
public final class DatabaseOutage {

    /** Message key of the text users see. */
    public static final String MESSAGE_KEY = "error.databaseUnavailable";
    /** What users see when the bundles cannot be read. */
    public static final String MESSAGE = "数据库暂时无法访问，系统正在恢复，请稍后重试";
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                // SQL state class 08: connection exception (MySQL "Communications link failure", H2 closed connection).
                return true;
            }
            if (t.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")) {
                return true;
            }
            // The connection broke mid-transaction: the rollback then fails too ("Connection is closed", no SQL
            // state) and hides the failure that started it, which Spring keeps as the application exception.
            if (t instanceof TransactionSystemException system && (system.getCause() instanceof SQLException
                    || system.getApplicationException() != null && causedBy(system.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }
}
