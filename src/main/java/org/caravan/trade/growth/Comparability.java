package org.caravan.trade.growth;

import java.util.Objects;
import java.util.Optional;

import org.caravan.place.Place;
import org.caravan.trade.TradeStatistic;

/** Decides whether two statistics measure the same thing over periods of the same shape. */
public final class Comparability {

    private Comparability() {
    }

    /** Why {@code earlier} and {@code later} cannot be compared, or empty when they can. */
    public static Optional<String> whyNot(TradeStatistic earlier, TradeStatistic later) {
        if (earlier.value == null || later.value == null) {
            return Optional.of("both statistics need a value; " + (earlier.value == null ? earlier.id : later.id)
                    + " reports only a growth rate");
        }
        if (!code(earlier.reporter).equals(code(later.reporter))) {
            return Optional.of("the reporters differ (" + code(earlier.reporter) + " vs " + code(later.reporter) + ")");
        }
        if (!code(earlier.partner).equals(code(later.partner))) {
            return Optional.of("the partners differ (" + code(earlier.partner) + " vs " + code(later.partner) + ")");
        }
        if (earlier.indicator != later.indicator) {
            return Optional.of("the indicators differ (" + earlier.indicator + " vs " + later.indicator + ")");
        }
        if (!Objects.equals(earlier.flow, later.flow)) {
            return Optional.of("the flows differ (" + earlier.flow + " vs " + later.flow + ")");
        }
        if (earlier.unit != later.unit) {
            return Optional.of("the units differ (" + earlier.unit + " vs " + later.unit + ")");
        }
        if (!earlier.period.hasSameShapeAs(later.period)) {
            return Optional.of("the periods are not of the same kind (" + earlier.period.label + ", "
                    + earlier.period.granularity + " vs " + later.period.label + ", " + later.period.granularity
                    + "): a half year is never compared with a year");
        }
        if (!earlier.period.end.isBefore(later.period.start)) {
            return Optional.of("'from' (" + earlier.period.label + ") must end before 'to' (" + later.period.label
                    + ") begins");
        }
        return Optional.empty();
    }

    private static String code(Place place) {
        return place == null ? "world" : place.code;
    }
}
