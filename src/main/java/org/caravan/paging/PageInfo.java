package org.caravan.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Relay page information: pass endCursor as `after` to get the next page.")
public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {
}
