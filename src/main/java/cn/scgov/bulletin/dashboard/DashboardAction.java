package cn.scgov.bulletin.dashboard;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exports of the timeliness dashboard. */
public enum DashboardAction implements AuditAction {
    DASHBOARD_EXPORTED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary dashboardActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
