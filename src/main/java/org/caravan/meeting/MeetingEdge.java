package org.caravan.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A meeting in a page, with the cursor that points at it.")
public record MeetingEdge(
        @Description("Opaque position; pass it as `after` to continue after it") @NonNull String cursor,
        @Description("The meeting") @NonNull Meeting node) {
}
