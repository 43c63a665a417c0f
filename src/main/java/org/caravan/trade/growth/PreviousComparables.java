package org.caravan.trade.growth;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /** Earlier figures of the page's series (reporter, partner, indicator, flow, unit), latest first. */
    private static Map<Key, List<TradeStatistic>> candidatesFor(List<TradeStatistic> dated) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reporters", collect(dated, statistic -> statistic.reporter));
        parameters.put("indicators", collect(dated, statistic -> statistic.indicator));
        parameters.put("units", collect(dated, statistic -> statistic.unit));
        parameters.put("granularities", collect(dated, statistic -> statistic.period.granularity));
        parameters.put("latestStart", dated.stream().map(statistic -> statistic.period.start)
                .max(Comparator.naturalOrder()).orElseThrow());
        String query = "reporter in :reporters and indicator in :indicators and unit in :units"
                + " and period.granularity in :granularities and value is not null and period.end < :latestStart";
        Set<Place> partners = collect(dated, statistic -> statistic.partner);
        boolean worldTotals = partners.remove(null);
        if (!partners.isEmpty()) {
            parameters.put("partners", partners);
        }
        query += partners.isEmpty() ? " and partner is null"
                : worldTotals ? " and (partner in :partners or partner is null)" : " and partner in :partners";
        return TradeStatistic.listCurrent(query, parameters).stream().sorted(LATEST_FIRST)
                .collect(Collectors.groupingBy(Key::of));
    }

    private static <T> Set<T> collect(List<TradeStatistic> statistics, Function<TradeStatistic, T> property) {
        Set<T> values = new HashSet<>();
        statistics.forEach(statistic -> values.add(property.apply(statistic)));
        return values;
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
