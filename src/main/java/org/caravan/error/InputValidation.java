package org.caravan.error;

import java.util.Comparator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** Bean Validation of a mutation's input, reported as Caravan's INVALID_INPUT error naming the field. */
public final class InputValidation {

    private InputValidation() {
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
