package cn.scgov.bulletin.oversight;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.scgov.bulletin.shared.InvalidInputException;

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
}
