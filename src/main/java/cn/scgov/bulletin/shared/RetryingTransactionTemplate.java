package cn.scgov.bulletin.shared;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction started in code, repeated after a collision exactly as {@link RetryOnCollision} does. Services
 * declare {@code @Transactional @RetryOnCollision} on their methods instead; this is for the few units of work
 * that are part of a method, not all of it: the items of a loop that commit or fail one by one (a scheduled
 * job's batch, a seeder's rows), where a method of the same bean would be a self-invocation that no proxy sees,
 * and a change that must be committed before the method goes on (an e-mail sent after its claim committed).
 */
@Component
public class RetryingTransactionTemplate {

    private final TransactionTemplate template;

    RetryingTransactionTemplate(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    public <T> T write(Supplier<T> work) {
        try {
            return CollisionRetry.attempt(() -> template.execute(status -> work.get()));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // The work is a Supplier: nothing checked can come out of it.
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
