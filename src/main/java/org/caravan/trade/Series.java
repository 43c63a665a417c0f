package org.caravan.trade;

import java.util.Objects;
import java.util.Optional;

import org.caravan.period.Granularity;
import org.caravan.place.Place;

/**
 * The series a figure belongs to: one measurement (reporter, partner, indicator, flow and unit) over periods of
 * one granularity. Growth is computed, checked and drawn only between figures of one series, so this is the one
 * place that says what "the same series" means.
 */
public record Series(String reporter, String partner, Indicator indicator, Flow flow, Unit unit,
        Granularity granularity) {

    public static Series of(TradeStatistic statistic) {
        return new Series(statistic.reporter.code, code(statistic.partner), statistic.indicator, statistic.flow,
                statistic.unit, statistic.period.granularity);
    }

    public boolean contains(TradeStatistic statistic) {
        return equals(of(statistic));
    }

    /** How this series differs from {@code other}, in words; empty when they are the same series. */
    public Optional<String> differenceFrom(Series other) {
        if (!reporter.equals(other.reporter)) {
            return Optional.of("the reporters differ (" + reporter + " vs " + other.reporter + ")");
        }
        if (!Objects.equals(partner, other.partner)) {
            return Optional.of("the partners differ (" + world(partner) + " vs " + world(other.partner) + ")");
        }
        if (indicator != other.indicator) {
            return Optional.of("the indicators differ (" + indicator + " vs " + other.indicator + ")");
        }
        if (flow != other.flow) {
            return Optional.of("the flows differ (" + flow + " vs " + other.flow + ")");
        }
        if (unit != other.unit) {
            return Optional.of("the units differ (" + unit + " vs " + other.unit + ")");
        }
        if (granularity != other.granularity) {
            return Optional.of("the periods are not of the same kind (" + granularity + " vs " + other.granularity
                    + "): a half year is never compared with a year");
        }
        return Optional.empty();
    }

    private static String code(Place place) {
        return place == null ? null : place.code;
    }

    private static String world(String partner) {
        return partner == null ? "world" : partner;
    }
}
