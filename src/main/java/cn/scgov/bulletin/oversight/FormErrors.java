package cn.scgov.bulletin.oversight;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.scgov.bulletin.shared.ConflictException;
import cn.scgov.bulletin.shared.InvalidInputException;
import cn.scgov.bulletin.shared.RefusalRedraw;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The errors a page shows next to its fields, from the same bean validation the API applies to its
 * requests and from the services' own rules. Key "" holds a message that belongs to no one field.
 */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> validate(Validator validator, Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    static Map<String, String> of(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>(e.fieldErrors());
        if (errors.isEmpty()) {
            errors.put("", e.getMessage());
        }
        return errors;
    }

    /**
     * An administration form refused: the form again (400) with the reasons next to their fields, a conflict's
     * at the top. {@code errors} holds what the page found itself; {@link #refuseIfAny} refuses those the same way.
     */
    static void redrawOnRefusal(Model model, Map<String, String> errors, Supplier<String> page) {
        RefusalRedraw.on(model, refusal -> {
            errors.putAll(refusal instanceof InvalidInputException invalid ? of(invalid)
                    : Map.of("", refusal.getMessage()));
            return page.get();
        }, ConflictException.class, InvalidInputException.class).status(HttpStatus.BAD_REQUEST);
    }

    static void refuseIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("请检查标出的项目", errors);
        }
    }
}
