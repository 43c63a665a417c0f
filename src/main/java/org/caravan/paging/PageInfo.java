package org.caravan.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Relay page information: pass endCursor as `after` for the next page, startCursor as `before` for the"
        + " previous one.")
public record PageInfo(
        @Description("True when more items follow this page. Paging backward, true when `before` was given")
        @NonNull boolean hasNextPage,
        @Description("True when more items come before this page. Paging forward, true when `after` was given")
        @NonNull boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null for an empty page") String startCursor,
        @Description("Cursor of the last item of this page; null for an empty page") String endCursor) {
}
