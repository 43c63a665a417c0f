package org.caravan.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A page cut from the size+1 rows a keyset query returned, nearest the cursor first: the extra row only says there
 * are more in the reading direction. A backward page is turned round, so edges are always in the list's order.
 */
public record Slice<E>(List<E> edges, PageInfo pageInfo) {

    public static <T, E> Slice<E> of(List<T> rows, PageRequest page, Function<T, String> cursorOf,
            BiFunction<String, T, E> edgeOf) {
        List<T> kept = new ArrayList<>(rows.subList(0, Math.min(rows.size(), page.size())));
        if (page.backward()) {
            Collections.reverse(kept);
        }
        List<E> edges = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        for (T row : kept) {
            String cursor = cursorOf.apply(row);
            cursors.add(cursor);
            edges.add(edgeOf.apply(cursor, row));
        }
        boolean more = rows.size() > page.size();
        boolean hasNext = page.backward() ? page.hasCursor() : more;
        boolean hasPrevious = page.backward() ? more : page.hasCursor();
        PageInfo info = new PageInfo(hasNext, hasPrevious, cursors.isEmpty() ? null : cursors.get(0),
                cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new Slice<>(edges, info);
    }
}
