package org.caravan.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * A page of a keyset-paginated list ordered by a date (newest first), then by id. The cursor is opaque to
 * clients: base64 of "date|id" of the last row they saw.
 */
public record PageRequest(int first, LocalDate afterDate, String afterId) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new CaravanException(ErrorCode.INVALID_PAGE_SIZE, "first",
                    "'first' must be between 0 and " + MAX_SIZE + ", was " + size + ".");
        }
        if (after == null || after.isEmpty()) {
            return new PageRequest(size, null, null);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            return new PageRequest(size, LocalDate.parse(decoded.substring(0, bar)), decoded.substring(bar + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw new CaravanException(ErrorCode.INVALID_CURSOR, "after",
                    "'after' must be a cursor returned by this list (pageInfo.endCursor or an edge's cursor).");
        }
    }

    public boolean hasCursor() {
        return afterId != null;
    }

    public static String cursor(LocalDate date, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((date + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
