package org.caravan.trade;

import org.eclipse.microprofile.graphql.NonNull;

public record TradeStatisticEdge(@NonNull String cursor, @NonNull TradeStatistic node) {
}
