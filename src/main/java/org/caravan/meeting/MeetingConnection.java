package org.caravan.meeting;

import java.util.List;

import org.caravan.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of meetings, latest first.")
public record MeetingConnection(
        @Description("The meetings of this page, each with its cursor") @NonNull List<@NonNull MeetingEdge> edges,
        @Description("Whether there is a next page, and its cursor") @NonNull PageInfo pageInfo,
        @Description("Number of meetings matching the filter, across all pages") int totalCount) {
}
