package org.caravan.revision;

import java.util.List;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.paging.KeysetQuery;
import org.caravan.paging.PageRequest;
import org.caravan.paging.Slice;

/**
 * An entry's revisions as a Relay connection, oldest first, read forward ({@code first}, {@code after}) or backward
 * ({@code last}, {@code before}). A revision's number is its place in the history, so the cursor holds the number.
 */
public final class RevisionHistory {

    public static final String DESCRIPTION = "Every state of this entry, oldest first, as a Relay connection read"
            + " forward (first, after) or backward (last, before): at most 100 a page, default 20; empty when never"
            + " edited";
    public static final String FIRST = "Page size reading forward, 0 to 100 (default 20)";
    public static final String AFTER = "Read on after this cursor: endCursor of the previous page";
    public static final String LAST = "Page size reading backward, 0 to 100: the latest revisions (before `before`)";
    public static final String BEFORE = "Read back before this cursor: startCursor of the next page";

    private RevisionHistory() {
    }

    public static RevisionConnection of(String subjectType, String subjectId, PageRequest page) {
        int cursor = page.hasCursor() ? number(page) : page.backward() ? Integer.MAX_VALUE : 0;
        List<Revision> rows = Revision.<Revision> find("subjectType = ?1 and subjectId = ?2 and number "
                + (page.backward() ? "< ?3 order by number desc" : "> ?3 order by number"), subjectType, subjectId,
                cursor).range(0, page.size()).list();
        Slice<RevisionEdge> slice = Slice.of(rows, page, RevisionHistory::cursorOf, RevisionEdge::new);
        int total = (int) Revision.count("subjectType = ?1 and subjectId = ?2", subjectType, subjectId);
        return new RevisionConnection(slice.edges(), slice.pageInfo(), total);
    }

    private static String cursorOf(Revision revision) {
        return PageRequest.cursor(KeysetQuery.UNDATED, Integer.toString(revision.number));
    }

    private static int number(PageRequest page) {
        try {
            return Integer.parseInt(page.cursorId());
        } catch (NumberFormatException e) {
            String argument = page.backward() ? "before" : "after";
            throw new CaravanException(ErrorCode.INVALID_CURSOR, argument,
                    "'" + argument + "' must be a cursor returned by this history.");
        }
    }
}
