package cn.scgov.bulletin.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How a page's form is drawn again when what it asked for is refused: the handler names, before doing the
 * work, the refusals it covers and how to redraw (fill its model with what the user typed and why it was
 * refused, and name the view); the pages' exception advice (web.PageExceptionHandler) then renders that view
 * with the handler's model, so that no handler repeats a try/catch for it. The status is the refusal's own
 * (400 invalid input, 409 conflict, 404 not found) unless the form answers another. Refusals not covered get
 * {@link RefusalRedirect} or the error page as everywhere else.
 */
public final class RefusalRedraw {

    private static final String ATTRIBUTE = RefusalRedraw.class.getName();

    /** Fills the handler's model for this refusal and names the view to render. */
    @FunctionalInterface
    public interface Form {
        String redraw(RuntimeException refusal);
    }

    private final Model model;
    private final Form form;
    private final List<Class<? extends RuntimeException>> refusals;
    private HttpStatus status;

    private RefusalRedraw(Model model, Form form, List<Class<? extends RuntimeException>> refusals) {
        this.model = model;
        this.form = form;
        this.refusals = refusals;
    }

    /** For the rest of this request: a refusal of one of these types redraws the form into the handler's model. */
    @SafeVarargs
    public static RefusalRedraw on(Model model, Form form, Class<? extends RuntimeException>... refusals) {
        RefusalRedraw redraw = new RefusalRedraw(model, form, List.of(refusals));
        RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, redraw, RequestAttributes.SCOPE_REQUEST);
        return redraw;
    }

    /** Answers with this status whatever the refusal (e.g. a form that shows every refusal as a 400). */
    public RefusalRedraw status(HttpStatus answered) {
        this.status = answered;
        return this;
    }

    /**
     * The redraw this request's handler registered, if it covers this refusal; taken, so that a refusal while
     * redrawing is answered as any other.
     */
    public static Optional<RefusalRedraw> covering(Throwable refusal, RequestAttributes request) {
        Optional<RefusalRedraw> covering = Optional
                .ofNullable((RefusalRedraw) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST))
                .filter(redraw -> redraw.refusals.stream().anyMatch(type -> type.isInstance(refusal)));
        covering.ifPresent(redraw -> request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
        return covering;
    }

    /** Fills the model for this refusal and gives the view's name. */
    public String redraw(RuntimeException refusal) {
        return form.redraw(refusal);
    }

    public Map<String, Object> model() {
        return model.asMap();
    }

    /** The status to answer: the form's own if it named one, else the refusal's. */
    public HttpStatus answered(HttpStatus refusals) {
        return status == null ? refusals : status;
    }

    /** The refusal's errors by field: an invalid input's, none for other refusals. */
    public static Map<String, String> fieldErrors(RuntimeException refusal) {
        return refusal instanceof InvalidInputException invalid ? invalid.fieldErrors() : Map.of();
    }
}
