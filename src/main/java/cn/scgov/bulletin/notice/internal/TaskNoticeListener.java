package cn.scgov.bulletin.notice.internal;

import java.util.List;
import java.util.Set;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.api.delegate.event.FlowableEventType;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the engine listener for task created / assigned / completed / deleted. It runs inside
 * the engine's command, so a notice is written in the same transaction as the task, and fails that
 * transaction if it cannot be written. The handler is looked up lazily: it needs engine services
 * that exist only once the engine is built.
 */
@Configuration(proxyBeanMethods = false)
class TaskNoticeListener {

    private static final Set<FlowableEngineEventType> TYPES = Set.of(FlowableEngineEventType.TASK_CREATED,
            FlowableEngineEventType.TASK_ASSIGNED, FlowableEngineEventType.TASK_COMPLETED,
            FlowableEngineEventType.ENTITY_DELETED);

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> taskNoticeEvents(ObjectProvider<TaskNotices> notices) {
        return configuration -> {
            List<FlowableEventListener> listeners = new java.util.ArrayList<>();
            if (configuration.getEventListeners() != null) {
                listeners.addAll(configuration.getEventListeners());
            }
            listeners.add(new Listener(notices));
            configuration.setEventListeners(listeners);
        };
    }

    static final class Listener implements FlowableEventListener {

        private final ObjectProvider<TaskNotices> notices;

        Listener(ObjectProvider<TaskNotices> notices) {
            this.notices = notices;
        }

        @Override
        public void onEvent(FlowableEvent event) {
            if (!(event.getType() instanceof FlowableEngineEventType type) || !TYPES.contains(type)
                    || !(event instanceof FlowableEntityEvent entityEvent)
                    || !(entityEvent.getEntity() instanceof TaskEntity task)) {
                return;
            }
            switch (type) {
                case TASK_CREATED -> notices.getObject().created(task);
                case TASK_ASSIGNED -> notices.getObject().assigned(task, Authentication.getAuthenticatedUserId());
                case TASK_COMPLETED, ENTITY_DELETED -> notices.getObject().done(task.getId());
                default -> {
                }
            }
        }

        @Override
        public boolean isFailOnException() {
            return true;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }

        @Override
        public java.util.Collection<? extends FlowableEventType> getTypes() {
            return TYPES;
        }
    }
}
