package org.caravan.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/** ISO dates in entries; a malformed one is an INVALID_INPUT error naming its field. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, "'" + text + "' is not a date; use YYYY-MM-DD.");
        }
    }
}
