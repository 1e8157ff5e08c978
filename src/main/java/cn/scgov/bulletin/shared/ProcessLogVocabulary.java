package cn.scgov.bulletin.shared;

import java.util.List;

/**
 * The process-log actions one module publishes. Every module that logs declares its vocabulary as a bean; the
 * audit module collects them all, so it lists, groups and reads every action without depending on every feature.
 */
public record ProcessLogVocabulary(List<AuditAction> actions) {

    public ProcessLogVocabulary {
        actions = List.copyOf(actions);
    }

    public static ProcessLogVocabulary of(AuditAction... actions) {
        return new ProcessLogVocabulary(List.of(actions));
    }
}
