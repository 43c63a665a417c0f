package org.caravan.period;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/** ISO dates in entries; a malformed one, or one outside 1900-2100, is an INVALID_INPUT error naming its field. */
public final class Dates {

    /** The years a date may have: wide enough for any trade record, narrow enough to catch typing slips. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 2100;

    private Dates() {
    }

    public static LocalDate parse(String text, String field) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, "'" + text + "' is not a date; use YYYY-MM-DD.");
        }
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, field, "'" + text + "' is outside the years "
                    + EARLIEST_YEAR + " to " + LATEST_YEAR + " that Caravan's articles can speak of.");
        }
        return date;
    }
}
