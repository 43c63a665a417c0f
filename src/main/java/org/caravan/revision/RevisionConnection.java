package org.caravan.revision;

import java.util.List;

import org.caravan.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of an entry's revisions, oldest first (a Relay connection).")
public record RevisionConnection(
        @Description("This page's revisions, each with its cursor") @NonNull List<@NonNull RevisionEdge> edges,
        @Description("Whether there are more before or after, and where this page starts and ends") @NonNull PageInfo pageInfo,
        @Description("How many revisions the entry has") int totalCount) {
}
