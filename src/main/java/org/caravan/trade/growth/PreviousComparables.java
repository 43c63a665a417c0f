package org.caravan.trade.growth;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caravan.trade.Series;
import org.caravan.trade.Statistics;
import org.caravan.trade.TradeStatistic;

/**
 * For a page of statistics, the latest earlier statistic each can be compared with, found with one query
 * for the whole page rather than one per statistic.
 */
public final class PreviousComparables {

    private static final Comparator<TradeStatistic> LATEST_FIRST = Comparator
            .comparing((TradeStatistic statistic) -> statistic.period.end).reversed()
            .thenComparing(statistic -> statistic.id);

    private PreviousComparables() {
    }

    /** The previous comparable of each statistic, in the same order; null where there is none. */
    public static List<TradeStatistic> of(List<TradeStatistic> statistics, Statistics store) {
        List<TradeStatistic> dated = statistics.stream()
                .filter(statistic -> statistic.value != null && statistic.period.isSpecified()).toList();
        if (dated.isEmpty()) {
            return statistics.stream().map(statistic -> (TradeStatistic) null).toList();
        }
        Map<Series, List<TradeStatistic>> candidates = candidatesFor(dated, store);
        return statistics.stream().map(statistic -> dated.contains(statistic)
                ? latestComparable(statistic, candidates.getOrDefault(Series.of(statistic), List.of()))
                : null).toList();
    }

    /** Earlier figures of the page's series, latest first. */
    private static Map<Series, List<TradeStatistic>> candidatesFor(List<TradeStatistic> dated, Statistics store) {
        return store.earlierInSeriesOf(dated).stream().sorted(LATEST_FIRST)
                .collect(Collectors.groupingBy(Series::of));
    }

    private static TradeStatistic latestComparable(TradeStatistic statistic, List<TradeStatistic> latestFirst) {
        return latestFirst.stream().filter(candidate -> Comparability.whyNot(candidate, statistic).isEmpty())
                .findFirst().orElse(null);
    }
}
