package org.caravan.trade.growth;

import java.util.Optional;

import org.caravan.trade.Series;
import org.caravan.trade.TradeStatistic;

/** Decides whether two statistics are of one {@link Series} and over periods of the same shape. */
public final class Comparability {

    private Comparability() {
    }

    /** Why {@code earlier} and {@code later} cannot be compared, or empty when they can. */
    public static Optional<String> whyNot(TradeStatistic earlier, TradeStatistic later) {
        if (earlier.value == null || later.value == null) {
            return Optional.of("both statistics need a value; " + (earlier.value == null ? earlier.id : later.id)
                    + " reports only a growth rate");
        }
        Optional<String> otherSeries = Series.of(earlier).differenceFrom(Series.of(later));
        if (otherSeries.isPresent()) {
            return otherSeries;
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
}
