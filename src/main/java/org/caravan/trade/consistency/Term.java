package org.caravan.trade.consistency;

import java.math.BigDecimal;
import java.util.Optional;

import org.caravan.trade.AmountFormat;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.StatedConversion;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.caravan.trade.growth.DerivedAmount;
import org.caravan.trade.growth.GrowthCalculator;

/**
 * One value taking part in a check: a figure as its article states it, or the earlier value its reported growth
 * rate or multiple implies ("$6.1 billion, up 36.5%" implies $4.47 billion a year before). An implied value is a
 * figure of its own for the checks, in the period it belongs to, with the range both printed numbers allow.
 *
 * @param statistic the stated figure, or the figure whose rate implies this value
 * @param implied the implied value as served elsewhere (impliedPreviousValue); null for a stated figure
 */
record Term(TradeStatistic statistic, DerivedAmount implied, String periodLabel, Interval range, String text) {

    private static final BigDecimal PERCENT = new BigDecimal("0.01");

    static Term stated(TradeStatistic statistic) {
        return new Term(statistic, null, statistic.period.label, Interval.of(statistic),
                AmountFormat.format(statistic.value, statistic.unit));
    }

    /**
     * The value the figure's growth rate or multiple implies for its base period, when it has one that reads one
     * way only: an "increase of 7.62 times" has two readings and takes part in no sum.
     */
    static Optional<Term> impliedBy(TradeStatistic statistic) {
        Interval factor;
        String rate;
        if (statistic.reportedGrowthPercent != null) {
            factor = Interval.printed(statistic.reportedGrowthPrinted).times(PERCENT).plus(BigDecimal.ONE);
            rate = "(1 + " + statistic.reportedGrowthPrinted + "%)";
        } else if (statistic.reportedMultiple != null && statistic.multipleWording != MultipleWording.INCREASE_OF_TIMES) {
            factor = Interval.printed(statistic.reportedMultiplePrinted);
            rate = statistic.reportedMultiplePrinted;
        } else {
            return Optional.empty();
        }
        if (factor.low().signum() <= 0) {
            return Optional.empty(); // a fall of 100% or more implies no earlier value
        }
        DerivedAmount implied = GrowthCalculator.impliedPreviousValue(statistic);
        if (implied == null) {
            return Optional.empty(); // a growth in a currency the article does not give the figure in
        }
        return Optional.of(new Term(statistic, implied, implied.periodLabel(), rated(statistic).dividedBy(factor),
                implied.text() + " implied for " + implied.periodLabel() + " by " + implied.arithmetic() + " (derived)"));
    }

    /** The amount the rate applies to: the figure, or its stated conversion when the growth is in that currency. */
    private static Interval rated(TradeStatistic statistic) {
        if (statistic.growthCurrency == null || statistic.growthCurrency == statistic.unit) {
            return Interval.of(statistic);
        }
        StatedConversion stated = statistic.statedConversion;
        return Interval.of(stated.value, null, stated.resolution, stated.qualifier);
    }

    /** The unit of the value: the growth's currency for an implied one. */
    Unit unit() {
        return isImplied() ? implied.unit() : statistic.unit;
    }

    boolean isImplied() {
        return implied != null;
    }
}
