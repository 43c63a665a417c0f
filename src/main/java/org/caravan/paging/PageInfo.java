package org.caravan.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Relay page information: pass endCursor as `after` to get the next page.")
public record PageInfo(
        @Description("True when more items follow this page") @NonNull boolean hasNextPage,
        @Description("Cursor of the last item of this page; null for an empty page") String endCursor) {
}
