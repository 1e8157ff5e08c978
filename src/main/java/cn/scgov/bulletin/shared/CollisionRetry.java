package cn.scgov.bulletin.shared;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * Applies {@link RetryOnCollision} with Spring's {@link RetryTemplate}. The repeated attempt sees the winner's
 * result, so a task completed meanwhile is answered as a conflict by the service itself.
 * <p>
 * Spring's {@code @Retryable} is not used because it can express none of the three things kept from the
 * hand-written loop this replaces: collisions are recognised by SQL state and error code anywhere in the cause
 * chain (not by exception type), the backoff grows with the square of the attempt, and giving up is answered
 * as a {@link ConflictException} that pages and the API already turn into a 409 with a message.
 */
@Configuration(proxyBeanMethods = false)
public class CollisionRetry {

    /** Attempts in all, the first included. */
    static final int ATTEMPTS = 8;
    static final String GAVE_UP = "该事项正由他人同时处理，请刷新后重试";
    static final String INTERRUPTED = "操作被中断，请重试";

    private static final Logger log = LoggerFactory.getLogger(CollisionRetry.class);

    /**
     * Ordered just outside the transaction advice ({@code @EnableTransactionManagement} defaults to the lowest
     * precedence), so a retry repeats the whole transaction, never a statement inside a doomed one.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor collisionRetryAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, RetryOnCollision.class, true), new Interceptor());
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    /** Whether the failure is a collision with a concurrent transaction, worth repeating. */
    public static boolean isTransient(Throwable e) {
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

    private static final RetryTemplate RETRY = new RetryTemplate(new Policy());

    /**
     * Runs the work (which starts its own transaction) and repeats it after a collision; inside a larger
     * transaction it runs once, as a collision dooms the whole transaction and the outermost caller repeats it.
     */
    static <T> T attempt(org.springframework.core.retry.Retryable<T> work) throws Throwable {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.execute();
        }
        try {
            return RETRY.execute(work);
        } catch (RetryException e) {
            Throwable last = e.getCause();
            if (!isTransient(last)) {
                throw last;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new ConflictException(INTERRUPTED);
            }
            log.info("Giving up after {} attempts: {}", e.getRetryCount() + 1, last.toString());
            throw new ConflictException(GAVE_UP);
        }
    }

    static final class Interceptor implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation invocation) throws Throwable {
            return attempt(() -> invocation instanceof ProxyMethodInvocation proxied
                    ? proxied.invocableClone().proceed() : invocation.proceed());
        }
    }

    static final class Policy implements RetryPolicy {

        @Override
        public boolean shouldRetry(Throwable failure) {
            return isTransient(failure);
        }

        @Override
        public BackOff getBackOff() {
            return () -> new BackOffExecution() {
                private int attempt;

                @Override
                public long nextBackOff() {
                    attempt++;
                    // Randomised and growing, so colliding transactions (e.g. sibling branches of the parallel
                    // department drafts finishing together) spread out instead of colliding again.
                    return attempt >= ATTEMPTS ? STOP : ThreadLocalRandom.current().nextLong(5, 20L * attempt * attempt);
                }
            };
        }
    }
}
