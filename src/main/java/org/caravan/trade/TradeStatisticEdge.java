package org.caravan.trade;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A statistic in a page, with the cursor that points at it.")
public record TradeStatisticEdge(
        @Description("Opaque position; pass it as `after` to continue after it") @NonNull String cursor,
        @Description("The statistic") @NonNull TradeStatistic node,
        @Description("True when the node is a mirror figure: reported by the filter's partner side, its reporter and"
                + " partner the other way round (see StatisticFilter.reportedBy)") boolean mirror) {
}
