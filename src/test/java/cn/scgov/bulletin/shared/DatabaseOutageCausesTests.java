package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures are answered 503 (the database cannot be reached) rather than 500. The fault run found writes
 * in flight when the database stopped answered 500: the rollback failed as well and Spring reported that.
 */
class DatabaseOutageCausesTests {

    @Test
    void aWriteWhoseConnectionBrokeAndWhoseRollbackFailedIsAnOutage() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new RecoverableDataAccessException("SELECT id FROM bulletin FOR UPDATE",
                new SQLException("Communications link failure", "08S01")));

        assertThat(DatabaseOutage.causedBy(rollbackFailed)).isTrue();
    }

    @Test
    void aConnectionLostMidStatementIsAnOutage() {
        assertThat(DatabaseOutage.causedBy(new RecoverableDataAccessException("query",
                new SQLException("Communications link failure", "08S01")))).isTrue();
    }

    @Test
    void aRefusedWriteIsNoOutage() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("Duplicate entry", "23000")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
