package cn.scgov.bulletin.schedule.internal;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import cn.scgov.bulletin.schedule.Occurrence;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedule process's two steps: plan the next opening, and open the issue when its timer fires. */
@Configuration(proxyBeanMethods = false)
class ScheduleDelegates {

    private final ScheduleRepository repository;
    private final OccurrenceBook book;
    private final ScheduledOpener opener;

    ScheduleDelegates(ScheduleRepository repository, OccurrenceBook book, ScheduledOpener opener) {
        this.repository = repository;
        this.book = book;
        this.opener = opener;
    }

    /** Sets {@code nextOpeningAt} (null: the schedule is off, and the process ends) and {@code nextPeriodStart}. */
    @Bean
    JavaDelegate scheduleOpeningPlanner() {
        return execution -> {
            Optional<Occurrence> next = repository.find(bulletinId(execution)).flatMap(book::nextDue);
            execution.setVariable(ScheduleTimer.NEXT_OPENING_AT, next.map(o -> Date.from(book.instant(o.opensAt()))).orElse(null));
            execution.setVariable(ScheduleTimer.NEXT_PERIOD_START, next.map(o -> o.periodStart().toString()).orElse(null));
        };
    }

    @Bean
    JavaDelegate scheduledIssueOpener() {
        return execution -> {
            Object start = execution.getVariable(ScheduleTimer.NEXT_PERIOD_START);
            if (start != null) {
                opener.openDue(bulletinId(execution), LocalDate.parse(start.toString()));
            }
        };
    }

    private static long bulletinId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ScheduleTimer.BULLETIN_ID)).longValue();
    }
}
