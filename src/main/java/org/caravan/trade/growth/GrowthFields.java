package org.caravan.trade.growth;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.trade.Statistics;
import org.caravan.trade.TradeStatistic;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class GrowthFields {

    @Inject
    Statistics store;

    @Query
    @Description("Growth from one statistic to a later comparable one (same reporter, partner, indicator, flow, unit and kind of period)")
    public @NonNull Growth growth(
            @Name("fromId") @Description("Id of the earlier statistic") @Id @NonNull String fromId,
            @Name("toId") @Description("Id of the later statistic") @Id @NonNull String toId) {
        TradeStatistic from = Statistics.require(fromId, "fromId");
        TradeStatistic to = Statistics.require(toId, "toId");
        Comparability.whyNot(from, to).ifPresent(reason -> {
            throw new CaravanException(ErrorCode.INCOMPARABLE_STATISTICS,
                    "Cannot compute growth from " + fromId + " to " + toId + ": " + reason + ".");
        });
        return GrowthCalculator.between(from, to);
    }

    @Description("The latest earlier statistic this one can be compared with, if the dataset has one")
    public List<TradeStatistic> previousComparable(@Source List<TradeStatistic> statistics) {
        return PreviousComparables.of(statistics, store);
    }

    @Description("Growth from previousComparable to this statistic, computed by Caravan")
    public List<Growth> growthFromPrevious(@Source List<TradeStatistic> statistics) {
        List<TradeStatistic> previous = PreviousComparables.of(statistics, store);
        List<Growth> growth = new ArrayList<>(statistics.size());
        for (int i = 0; i < statistics.size(); i++) {
            growth.add(previous.get(i) == null ? null : GrowthCalculator.between(previous.get(i), statistics.get(i)));
        }
        return growth;
    }

    /** A batch, like the fields above, though each value needs only its own statistic: one call per page is cheaper. */
    @Description("The earlier value implied by the reported growth rate or multiple, computed by Caravan, in the"
            + " currency the growth is measured in (growthCurrency, else the figure's unit); null when the figure has"
            + " no rate, or its growth is in a currency the article does not give the figure in")
    public List<DerivedAmount> impliedPreviousValue(@Source List<TradeStatistic> statistics) {
        return statistics.stream().map(GrowthCalculator::impliedPreviousValue).toList();
    }
}
