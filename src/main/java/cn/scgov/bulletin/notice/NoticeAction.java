package cn.scgov.bulletin.notice;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrator's changes to notices and the mail outbox. */
public enum NoticeAction implements AuditAction {
    NOTICE_TEMPLATE_CHANGED,
    MAIL_RETRIED;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary noticeActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
