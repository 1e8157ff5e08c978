package cn.scgov.bulletin.schedule.internal;

import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The engine side of a schedule: one process instance per bulletin (business key {@code schedule-<id>})
 * whose timer waits for the next opening. A change to the schedule, to an occurrence or to the
 * calendar sends it the message {@code scheduleChanged}, and it plans again in the same transaction.
 */
@Component
public class ScheduleTimer {

    public static final String PROCESS_KEY = "bulletinSchedule";
    public static final String CHANGED_MESSAGE = "scheduleChanged";
    public static final String BULLETIN_ID = "bulletinId";
    public static final String NEXT_OPENING_AT = "nextOpeningAt";
    public static final String NEXT_PERIOD_START = "nextPeriodStart";

    private final RuntimeService runtime;

    ScheduleTimer(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Makes the bulletin's timer follow its schedule as it now stands. */
    public void reschedule(long bulletinId, boolean active) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey(bulletinId)).singleResult();
        if (instance == null) {
            if (active) {
                runtime.createProcessInstanceBuilder().processDefinitionKey(PROCESS_KEY)
                        .businessKey(businessKey(bulletinId)).name("刊物定时开设 #" + bulletinId)
                        .variables(Map.of(BULLETIN_ID, bulletinId)).start();
            }
            return;
        }
        // While the timer's own job is running there is no subscription: that job plans again when it ends.
        runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
                .eventName(CHANGED_MESSAGE).list()
                .forEach(subscription -> runtime.messageEventReceived(CHANGED_MESSAGE, subscription.getExecutionId()));
    }

    public static String businessKey(long bulletinId) {
        return "schedule-" + bulletinId;
    }
}
