package org.caravan.mirror;

import java.math.BigDecimal;

import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One flow for one period as each side reported it: the reporter's figure and the partner's mirror figure"
        + " (A's exports to B beside B's imports from A), with the gap between them.")
public record MirrorComparison(
        @Description("The reporter's own figure") @NonNull TradeStatistic reported,
        @Description("The partner's figure for the same flow, seen from its side") @NonNull TradeStatistic mirror,
        @Description("The currency the two are compared in; null when they cannot be") Unit comparedIn,
        @Description("(mirror - reported) / reported in percent, two decimals, from the printed amounts (derived);"
                + " null when not comparable") BigDecimal gapPercent,
        @Description("Whether the gap is more than the figures' rounding and qualifiers allow")
        @NonNull MirrorVerdict verdict,
        @Description("The arithmetic, with the ranges each printed amount stands for") @NonNull String arithmetic) {
}
