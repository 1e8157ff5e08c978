package cn.scgov.bulletin.shared;

/**
 * A kind of step the process log records. Each module declares the steps it publishes as an enum implementing
 * this and registers it as a {@link ProcessLogVocabulary}; the log stores {@link #name()}, which is therefore
 * unique across modules and never renamed. Its label is in the message bundles ({@link #labelKey()}).
 */
public interface AuditAction {

    /** How a step ended, as the log records it. */
    enum Outcome {
        SUCCESS, FAILURE, REFUSED
    }

    /** The name the log stores and searches by. */
    String name();

    default Outcome outcome() {
        return Outcome.SUCCESS;
    }

    /** The key of the label auditors read, in the oversight bundle (i18n/oversight*.properties). */
    default String labelKey() {
        return labelKey(name());
    }

    /** The label key of an action read back by its stored name. */
    static String labelKey(String name) {
        return "audit.action." + name;
    }
}
