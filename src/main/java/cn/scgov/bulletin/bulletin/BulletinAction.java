package cn.scgov.bulletin.bulletin;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Changes to bulletins, as the bulletin catalog logs them. */
public enum BulletinAction implements AuditAction {
    BULLETIN_CREATED,
    BULLETIN_UPDATED,
    OPENING_FIGURES_SET;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary bulletinActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
