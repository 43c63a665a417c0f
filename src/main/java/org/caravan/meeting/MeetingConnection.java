package org.caravan.meeting;

import java.util.List;

import org.caravan.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of meetings, latest first.")
public record MeetingConnection(@NonNull List<@NonNull MeetingEdge> edges, @NonNull PageInfo pageInfo,
        @Description("Number of meetings matching the filter, across all pages") int totalCount) {
}
