package org.caravan.trade.growth;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.caravan.place.Place;
import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;

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
    public static List<TradeStatistic> of(List<TradeStatistic> statistics) {
        List<TradeStatistic> dated = statistics.stream()
                .filter(statistic -> statistic.value != null && statistic.period.isSpecified()).toList();
        if (dated.isEmpty()) {
            return statistics.stream().map(statistic -> (TradeStatistic) null).toList();
        }
        Map<Key, List<TradeStatistic>> candidates = candidatesFor(dated);
        return statistics.stream().map(statistic -> dated.contains(statistic)
                ? latestComparable(statistic, candidates.getOrDefault(Key.of(statistic), List.of()))
                : null).toList();
    }

    private static Map<Key, List<TradeStatistic>> candidatesFor(List<TradeStatistic> dated) {
        Set<Place> reporters = dated.stream().map(statistic -> statistic.reporter).collect(Collectors.toSet());
        Set<Indicator> indicators = dated.stream().map(statistic -> statistic.indicator).collect(Collectors.toSet());
        LocalDate latestStart = dated.stream().map(statistic -> statistic.period.start)
                .max(Comparator.naturalOrder()).orElseThrow();
        List<TradeStatistic> earlier = TradeStatistic.listCurrent(
                "reporter in ?1 and indicator in ?2 and value is not null and period.end < ?3",
                reporters, indicators, latestStart);
        return earlier.stream().sorted(LATEST_FIRST).collect(Collectors.groupingBy(Key::of));
    }

    private static TradeStatistic latestComparable(TradeStatistic statistic, List<TradeStatistic> latestFirst) {
        return latestFirst.stream().filter(candidate -> Comparability.whyNot(candidate, statistic).isEmpty())
                .findFirst().orElse(null);
    }

    /** What must match before periods are compared at all. */
    private record Key(String reporter, String partner, Indicator indicator, Flow flow, Unit unit) {
        static Key of(TradeStatistic statistic) {
            return new Key(statistic.reporter.code, statistic.partner == null ? null : statistic.partner.code,
                    statistic.indicator, statistic.flow, statistic.unit);
        }
    }
}
