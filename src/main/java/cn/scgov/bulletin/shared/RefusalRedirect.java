package cn.scgov.bulletin.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where a page's form goes back to when what it asked for is refused: the handler names the place
 * and the refusals it covers before doing the work, and the pages' exception advice
 * (web.PageExceptionHandler) redirects there with the refusal's message as {@code flashError} (plus
 * what the form wants kept), so that no handler repeats a try/catch for it. Refusals not covered
 * get the error page as everywhere else.
 */
public final class RefusalRedirect {

    private static final String ATTRIBUTE = RefusalRedirect.class.getName();

    private final String target;
    private final List<Class<? extends RuntimeException>> refusals;
    private final Map<String, Object> kept = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private RefusalRedirect(String target, List<Class<? extends RuntimeException>> refusals) {
        this.target = target;
        this.refusals = refusals;
    }

    /** For the rest of this request: a refusal of one of these types goes back to {@code target} (a path). */
    @SafeVarargs
    public static RefusalRedirect to(String target, Class<? extends RuntimeException>... refusals) {
        RefusalRedirect redirect = new RefusalRedirect(target, List.of(refusals));
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, redirect, RequestAttributes.SCOPE_REQUEST);
        return redirect;
    }

    /** Also carries this to the page gone back to (a flash attribute), e.g. what the user typed. */
    public RefusalRedirect keeping(String name, Object value) {
        kept.put(name, value);
        return this;
    }

    /** Adds a query parameter to the place gone back to, as {@code RedirectAttributes.addAttribute} does. */
    public RefusalRedirect with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The place this request goes back to on this refusal, if its handler named one that covers it. */
    public static Optional<RefusalRedirect> covering(Throwable refusal, RequestAttributes request) {
        return Optional.ofNullable((RefusalRedirect) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
                .filter(redirect -> redirect.refusals.stream().anyMatch(type -> type.isInstance(refusal)));
    }

    public String target() {
        return target;
    }

    public Map<String, Object> kept() {
        return Collections.unmodifiableMap(kept);
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
