package cn.scgov.bulletin.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scgov.bulletin.shared.AuditAction;
import cn.scgov.bulletin.shared.ProcessLogVocabulary;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Every action the process log may hold, collected from each module's {@link ProcessLogVocabulary}. The log
 * stores an action by name, so a name used by two modules stops the start. Also reads {@code action=NAME}
 * request parameters: an unknown name fails the conversion, which the API answers as 400.
 */
@Component
public class ProcessLogActions implements Converter<String, AuditAction> {

    private final Map<String, AuditAction> byName = new LinkedHashMap<>();

    public ProcessLogActions(Collection<ProcessLogVocabulary> vocabularies) {
        for (ProcessLogVocabulary vocabulary : vocabularies) {
            for (AuditAction action : vocabulary.actions()) {
                AuditAction before = byName.putIfAbsent(action.name(), action);
                if (before != null && before != action) {
                    throw new IllegalStateException("Process-log action " + action.name() + " is declared twice: by "
                            + before.getClass().getName() + " and by " + action.getClass().getName());
                }
            }
        }
    }

    public Optional<AuditAction> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public List<AuditAction> all() {
        return List.copyOf(byName.values());
    }

    @Override
    public AuditAction convert(String source) {
        String name = source.strip();
        if (name.isEmpty()) {
            return null;
        }
        return find(name).orElseThrow(() -> new IllegalArgumentException("No process-log action " + name));
    }
}
