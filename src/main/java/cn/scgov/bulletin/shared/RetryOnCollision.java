package cn.scgov.bulletin.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Repeats the method, with its whole transaction, when the database or the engine reports a transient
 * collision with a concurrent transaction; after the last attempt the caller gets a {@link ConflictException}
 * (409). Put it next to {@code @Transactional} on a public method called from another bean: the retry advice
 * is ordered outside the transaction advice, so every attempt starts a fresh transaction. See
 * {@link CollisionRetry} for what counts as a collision, the attempts and the backoff.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RetryOnCollision {
}
