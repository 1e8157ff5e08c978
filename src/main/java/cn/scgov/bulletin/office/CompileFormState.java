package cn.scgov.bulletin.office;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the editor typed that was not saved (the request failed), and why, so the page shows it
 * again instead of the stored text. Keys name the form field: {@code item-12}, {@code new-5},
 * {@code figure-5-consultations}, {@code finding-5-0}, {@code intro-5}, {@code copies}, {@code send}.
 */
public class CompileFormState {

    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private String latestText;

    public String value(String key, Object stored) {
        return values.containsKey(key) ? values.get(key) : (stored == null ? "" : stored.toString());
    }

    public boolean kept(String key) {
        return values.containsKey(key);
    }

    public String error(String key) {
        return errors.get(key);
    }

    public boolean hasError(String key) {
        return errors.containsKey(key);
    }

    /** On an edit conflict: the text someone else saved meanwhile. */
    public String latestText() {
        return latestText;
    }

    void keep(String key, String value) {
        values.put(key, value == null ? "" : value);
    }

    void keepAll(String prefix, List<String> list) {
        for (int i = 0; i < list.size(); i++) {
            keep(prefix + i, list.get(i));
        }
    }

    void reject(String key, String message) {
        errors.put(key, message);
    }

    void latestText(String text) {
        latestText = text;
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}
