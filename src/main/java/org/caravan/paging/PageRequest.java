package org.caravan.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * A page of a keyset-paginated list ordered by a date (newest first), then by id, read forward ({@code first}
 * items after a cursor) or backward ({@code last} items before one), as Relay's connections specify. The cursor is
 * opaque to clients: base64 of "date|id" of a row they saw.
 *
 * @param backward true for {@code last}/{@code before}: the rows before the cursor, read nearest first
 */
public record PageRequest(int size, LocalDate cursorDate, String cursorId, boolean backward) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        return of(first, after, null, null);
    }

    public static PageRequest of(Integer first, String after, Integer last, String before) {
        boolean backward = last != null || present(before);
        if (backward && (first != null || present(after))) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, first != null ? "first" : "after",
                    "Page forward with first and after, or backward with last and before; not both at once.");
        }
        String sizeName = backward ? "last" : "first";
        Integer given = backward ? last : first;
        int size = given == null ? DEFAULT_SIZE : given;
        if (size < 0 || size > MAX_SIZE) {
            throw new CaravanException(ErrorCode.INVALID_PAGE_SIZE, sizeName,
                    "'" + sizeName + "' must be between 0 and " + MAX_SIZE + ", was " + size + ".");
        }
        String cursor = backward ? before : after;
        if (!present(cursor)) {
            return new PageRequest(size, null, null, backward);
        }
        String cursorName = backward ? "before" : "after";
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = decoded.indexOf('|');
            LocalDate date = LocalDate.parse(decoded.substring(0, bar));
            return new PageRequest(size, date, decoded.substring(bar + 1), backward);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw new CaravanException(ErrorCode.INVALID_CURSOR, cursorName, "'" + cursorName + "' must be a cursor"
                    + " returned by this list (pageInfo's startCursor or endCursor, or an edge's cursor).");
        }
    }

    /** The first {@code size} rows after the row with this date and id: for reading a whole list in pages. */
    public static PageRequest after(int size, LocalDate date, String id) {
        return new PageRequest(size, date, id, false);
    }

    private static boolean present(String cursor) {
        return cursor != null && !cursor.isEmpty();
    }

    public boolean hasCursor() {
        return cursorId != null;
    }

    /** Whether a row with this date and id comes after the cursor in the list's order (newest first, then id). */
    public boolean isAfterCursor(LocalDate date, String id) {
        return date.isBefore(cursorDate) || date.equals(cursorDate) && id.compareTo(cursorId) > 0;
    }

    /** Whether a row with this date and id comes before the cursor in the list's order. */
    public boolean isBeforeCursor(LocalDate date, String id) {
        return date.isAfter(cursorDate) || date.equals(cursorDate) && id.compareTo(cursorId) < 0;
    }

    public static String cursor(LocalDate date, String id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((date + "|" + id).getBytes(StandardCharsets.UTF_8));
    }
}
