package cn.scgov.bulletin.compilation;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The editor's work on the compiled issue, up to sending it to sign-off. */
public enum CompilationAction implements AuditAction {
    ITEM_ADDED,
    ITEM_EDITED,
    ITEM_REMOVED,
    ITEMS_REORDERED,
    ITEM_IMAGE_PLACED,
    ITEM_IMAGE_REMOVED,
    STATISTICS_FILLED,
    CHECKLIST_FILLED,
    SECTION_NOTE_EDITED,
    SENT_TO_SIGNOFF;

    @Configuration(proxyBeanMethods = false)
    static class Vocabulary {

        @Bean
        ProcessLogVocabulary compilationActions() {
            return ProcessLogVocabulary.of(values());
        }
    }
}
