package cn.scgov.bulletin.shared;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in a transaction and repeats it when the database or the engine reports a
 * transient collision with a concurrent transaction (Flowable optimistic lock, MySQL deadlock, lock
 * wait timeout). The repeated attempt sees the winner's result, so a task completed meanwhile is
 * answered as a conflict by the service itself. After the last attempt the caller gets a 409.
 */
@Component
public class Transactions {

    private static final Logger log = LoggerFactory.getLogger(Transactions.class);
    private static final int ATTEMPTS = 8;

    private final TransactionTemplate template;
    private final TransactionTemplate readOnly;

    Transactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
        // Not flagged read-only: on MySQL that costs two extra statements per transaction.
        this.readOnly = new TransactionTemplate(transactionManager);
    }

    public <T> T write(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Part of a larger unit of work: a collision dooms the whole transaction, so the outermost
            // caller is the one that repeats it.
            return template.execute(status -> work.get());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    log.info("Giving up after {} attempts: {}", attempt, e.toString());
                    throw new ConflictException("该事项正由他人同时处理，请刷新后重试");
                }
                log.debug("Retrying a transaction after attempt {}: {}", attempt, e.toString());
                backOff(attempt);
            }
        }
    }

    public void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    public <T> T read(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    static boolean isTransient(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            // Not a collision: repeating would only keep the user waiting; answered 503.
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlowableOptimisticLockingException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof TransientDataAccessException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransientSqlState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientSqlState(SQLException e) {
        String state = e.getSQLState();
        int code = e.getErrorCode();
        // 40001: serialization failure / deadlock; 1213 deadlock, 1205 lock wait timeout (MySQL);
        // HYT00 / 50200: lock timeout (H2).
        return "40001".equals(state) || "HYT00".equals(state) || code == 1213 || code == 1205 || code == 50200;
    }

    private static void backOff(int attempt) {
        try {
            // Randomised and growing, so colliding transactions (e.g. sibling branches of the parallel
            // department drafts finishing together) spread out instead of colliding again.
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("操作被中断，请重试");
        }
    }
}
