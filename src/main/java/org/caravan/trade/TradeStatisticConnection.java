package org.caravan.trade;

import java.util.List;

import org.caravan.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of statistics, newest period first.")
public record TradeStatisticConnection(@NonNull List<@NonNull TradeStatisticEdge> edges, @NonNull PageInfo pageInfo,
        @Description("Number of statistics matching the filter, across all pages") int totalCount) {
}
