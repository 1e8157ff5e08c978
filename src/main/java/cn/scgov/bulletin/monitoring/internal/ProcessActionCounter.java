package cn.scgov.bulletin.monitoring.internal;

import cn.scgov.bulletin.shared.AuditableEvent;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what users and the engine did (submissions, reviews, sign-offs, acknowledgements …) by process-log
 * action, once the action is committed: {@code bulletin_process_actions_total{action="SUBMITTED"}}.
 * Counters are per node; Prometheus adds the nodes up.
 */
@Component
class ProcessActionCounter {

    private final MeterRegistry registry;

    ProcessActionCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(AuditableEvent logged) {
        registry.counter("bulletin.process.actions", "action", logged.action().name()).increment();
    }
}
