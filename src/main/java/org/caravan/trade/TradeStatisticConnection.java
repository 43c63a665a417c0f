package org.caravan.trade;

import java.util.List;
import java.util.function.IntSupplier;

import org.caravan.paging.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of figures; the count of all matches is worked out only when a client asks for it. */
@Description("A page of statistics, newest period first.")
public final class TradeStatisticConnection {

    private final List<TradeStatisticEdge> edges;
    private final PageInfo pageInfo;
    private final IntSupplier counter;

    TradeStatisticConnection(List<TradeStatisticEdge> edges, PageInfo pageInfo, IntSupplier counter) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.counter = counter;
    }

    @Description("This page's statistics, each with its cursor")
    public @NonNull List<@NonNull TradeStatisticEdge> getEdges() {
        return edges;
    }

    @Description("Whether there is a next page, and its cursor")
    public @NonNull PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("Number of statistics matching the filter, across all pages")
    public int getTotalCount() {
        return counter.getAsInt();
    }
}
