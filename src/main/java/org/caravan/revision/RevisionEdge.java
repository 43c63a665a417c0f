package org.caravan.revision;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A revision in a page of an entry's history, with the cursor that points at it.")
public record RevisionEdge(
        @Description("Opaque position; pass it as `after` or `before`") @NonNull String cursor,
        @Description("The revision") @NonNull Revision node) {
}
