package cn.scgov.bulletin.shared;

import java.util.Map;

/** Input that fails a rule beyond bean validation (answered 400 with the offending fields). */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String message) {
        this(message, Map.of());
    }

    public InvalidInputException(String message, Map<String, String> fieldErrors) {
        super(message);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(message, Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
