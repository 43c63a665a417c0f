package org.caravan.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A page cut from the first+1 rows a keyset query returned: the extra row only says there is a next page. */
public record Slice<E>(List<E> edges, PageInfo pageInfo) {

    public static <T, E> Slice<E> of(List<T> rows, PageRequest page, Function<T, String> cursorOf,
            BiFunction<String, T, E> edgeOf) {
        List<E> edges = new ArrayList<>();
        String endCursor = null;
        for (T row : rows.subList(0, Math.min(rows.size(), page.first()))) {
            endCursor = cursorOf.apply(row);
            edges.add(edgeOf.apply(endCursor, row));
        }
        return new Slice<>(edges, new PageInfo(rows.size() > page.first(), endCursor));
    }
}
