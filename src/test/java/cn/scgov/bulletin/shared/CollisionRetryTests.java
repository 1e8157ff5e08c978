package cn.scgov.bulletin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service method declared {@code @Transactional @RetryOnCollision} in the running application: a deadlock or
 * lock timeout repeats the whole transaction (a fresh one, the failed one rolled back), eight attempts in all,
 * then the caller gets the 409 conflict it always got; other failures are not repeated.
 * <p>
 * A JDBC slice: the test database (H2, or MariaDB with BULLETIN_TEST_DB_URL), its transaction manager and the
 * application's retry advice ({@link CollisionRetry}) — no engine, web server or schema, which the retry does not
 * touch. The slice's own test transaction is off: the retry is only for callers outside a transaction.
 */
@JdbcTest(properties = "spring.flyway.enabled=false")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({CollisionRetry.class, CollisionRetryTests.ProbeConfiguration.class})
class CollisionRetryTests {

    @Autowired Probe probe;
    @Autowired PlatformTransactionManager transactionManager;

    @BeforeEach
    void reset() {
        probe.reset();
    }

    @Test
    void aDeadlockIsRepeatedInAFreshTransaction() {
        probe.failing(2, () -> new CannotAcquireLockException("deadlock",
                new SQLException("Deadlock found when trying to get lock", "40001", 1213)));

        assertThat(probe.work()).isEqualTo("done in attempt 3");

        assertThat(probe.outcomes()).containsExactly(TransactionSynchronization.STATUS_ROLLED_BACK,
                TransactionSynchronization.STATUS_ROLLED_BACK, TransactionSynchronization.STATUS_COMMITTED);
    }

    @Test
    void anEngineCollisionOrALockTimeoutIsRepeatedToo() {
        probe.failing(1, () -> new FlowableOptimisticLockingException("Task was updated by another transaction"));
        assertThat(probe.work()).isEqualTo("done in attempt 2");

        probe.reset();
        probe.failing(1, () -> new RecoverableDataAccessException("update",
                new SQLException("Lock wait timeout exceeded", "HY000", 1205)));
        assertThat(probe.work()).isEqualTo("done in attempt 2");
    }

    @Test
    void afterEightAttemptsTheCallerGetsAConflict() {
        probe.failing(Integer.MAX_VALUE, () -> new CannotAcquireLockException("lock timeout",
                new SQLException("Timeout trying to lock table", "HYT00", 50200)));

        assertThatThrownBy(probe::work).isInstanceOf(ConflictException.class)
                .hasMessage("该事项正由他人同时处理，请刷新后重试");

        assertThat(probe.attempts()).isEqualTo(8);
        assertThat(probe.outcomes()).hasSize(8).containsOnly(TransactionSynchronization.STATUS_ROLLED_BACK);
    }

    @Test
    void otherFailuresAreNotRepeated() {
        probe.failing(1, () -> new IllegalStateException("a bug"));
        assertThatThrownBy(probe::work).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThat(probe.attempts()).isEqualTo(1);

        probe.reset();
        probe.failing(1, () -> new ConflictException("已由他人签收"));
        assertThatThrownBy(probe::work).isInstanceOf(ConflictException.class).hasMessage("已由他人签收");
        assertThat(probe.attempts()).isEqualTo(1);
    }

    @Test
    void aDatabaseOutageIsNotRepeated() {
        probe.failing(Integer.MAX_VALUE, () -> new RecoverableDataAccessException("query",
                new SQLException("Communications link failure", "08S01")));

        assertThatThrownBy(probe::work).isInstanceOf(RecoverableDataAccessException.class);
        assertThat(probe.attempts()).isEqualTo(1);
        assertThat(DatabaseOutage.causedBy(new RecoverableDataAccessException("query",
                new SQLException("Communications link failure", "08S01")))).isTrue();
    }

    @Test
    void insideALargerTransactionTheOutermostCallerRepeats() {
        probe.failing(1, () -> new CannotAcquireLockException("deadlock", new SQLException("Deadlock", "40001", 1213)));
        TransactionTemplate outer = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> outer.executeWithoutResult(status -> probe.work()))
                .isInstanceOf(CannotAcquireLockException.class);
        assertThat(probe.attempts()).isEqualTo(1);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ProbeConfiguration {

        @Bean
        Probe collisionProbe(JdbcClient jdbc) {
            return new Probe(jdbc);
        }
    }

    static class Probe {

        private final JdbcClient jdbc;
        private final AtomicInteger attempts = new AtomicInteger();
        private final List<Integer> outcomes = new CopyOnWriteArrayList<>();
        private volatile int failures;
        private volatile Supplier<RuntimeException> failure;

        Probe(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        // Read through methods: the test holds the proxy, whose own fields are empty.
        List<Integer> outcomes() {
            return outcomes;
        }

        int attempts() {
            return attempts.get();
        }

        void reset() {
            attempts.set(0);
            outcomes.clear();
            failures = 0;
        }

        void failing(int times, Supplier<RuntimeException> how) {
            failures = times;
            failure = how;
        }

        @Transactional
        @RetryOnCollision
        public String work() {
            int attempt = attempts.incrementAndGet();
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new AssertionError("attempt " + attempt + " ran outside a transaction");
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    outcomes.add(status);
                }
            });
            jdbc.sql("SELECT 1").query(Integer.class).single();
            if (attempt <= failures) {
                throw failure.get();
            }
            return "done in attempt " + attempt;
        }
    }
}
