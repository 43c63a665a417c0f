package org.caravan.trade;

import java.util.List;

import org.caravan.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of statistics, newest period first.")
public record TradeStatisticConnection(
        @Description("This page's statistics, each with its cursor") @NonNull List<@NonNull TradeStatisticEdge> edges,
        @Description("Whether there is a next page, and its cursor") @NonNull PageInfo pageInfo,
        @Description("Number of statistics matching the filter, across all pages") int totalCount) {
}
