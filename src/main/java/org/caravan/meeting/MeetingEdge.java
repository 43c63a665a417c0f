package org.caravan.meeting;

import org.eclipse.microprofile.graphql.NonNull;

public record MeetingEdge(@NonNull String cursor, @NonNull Meeting node) {
}
