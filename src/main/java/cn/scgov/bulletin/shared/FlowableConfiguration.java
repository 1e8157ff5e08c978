package cn.scgov.bulletin.shared;

import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.flowable.spring.security.SpringSecurityAuthenticationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings the starter does not cover. Users live in the application's directory, not in
 * Flowable's IDM (disabled), so the engine takes the acting user from Spring Security: task
 * comments, process starters and claims then name the logged-in user; job threads act as nobody
 * (the system).
 */
@Configuration(proxyBeanMethods = false)
class FlowableConfiguration {

    FlowableConfiguration() {
        Authentication.setAuthenticationContext(new SpringSecurityAuthenticationContext());
    }

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> bulletinEngineSettings() {
        return configuration -> {
            // Diagram labels are Chinese: draw them with a CJK font when the machine has one.
            configuration.setActivityFontName("WenQuanYi Zen Hei");
            configuration.setLabelFontName("WenQuanYi Zen Hei");
            configuration.setAnnotationFontName("WenQuanYi Zen Hei");
            configuration.setEnableProcessDefinitionInfoCache(false);
            // Jobs that complete a parallel multi-instance collide with concurrent user transactions
            // under load (optimistic locking); they are safe to repeat, so retry them often and soon
            // rather than parking them as dead letters after three attempts.
            configuration.setAsyncExecutorNumberOfRetries(20);
            configuration.setAsyncFailedJobWaitTime(1);
            configuration.setDefaultFailedJobWaitTime(1);
        };
    }
}
