package cn.scgov.bulletin.discussion;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Comments in a discussion. */
public enum DiscussionAction implements AuditAction {
    COMMENT_POSTED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary discussionActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
