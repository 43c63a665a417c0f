package org.caravan.error;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;

/** Bean Validation of a mutation's input, reported as Caravan's INVALID_INPUT error naming the field. */
public final class InputValidation {

    private InputValidation() {
    }

    /**
     * Refuses control characters (NUL and the others, but for tab, line feed and carriage return) in every string of
     * an input, however deep: they corrupt exports and charts and hide text from readers. {@code input} is the input
     * as a JSON tree; the error names the field, e.g. input.participants[0].name.
     */
    public static void requirePlainText(JsonNode input, String argument) {
        if (input.isTextual()) {
            String text = input.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    throw new CaravanException(ErrorCode.INVALID_INPUT, argument, argument + " holds a control"
                            + " character (U+" + String.format("%04X", (int) c) + ") at position " + i + ".");
                }
            }
        } else if (input.isArray()) {
            for (int i = 0; i < input.size(); i++) {
                requirePlainText(input.get(i), argument + "[" + i + "]");
            }
        } else if (input.isObject()) {
            input.fields().forEachRemaining(field -> requirePlainText(field.getValue(), argument + "." + field.getKey()));
        }
    }

    public static void check(Validator validator, Object input, String argument) {
        validator.validate(input).stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String field = argument + "." + violation.getPropertyPath();
                    throw new CaravanException(ErrorCode.INVALID_INPUT, field, field + " " + violation.getMessage() + ".");
                });
    }
}
