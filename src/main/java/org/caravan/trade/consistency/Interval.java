package org.caravan.trade.consistency;

import java.math.BigDecimal;
import java.math.MathContext;

import org.caravan.trade.Qualifier;
import org.caravan.trade.TradeStatistic;

/**
 * The values a printed figure can stand for. "8.5 billion" is anything from 8.45 to 8.55 billion; "more than
 * 70" has no upper end ({@code high == null}). Comparing intervals instead of printed values keeps the checks
 * from flagging what is only rounding.
 */
public record Interval(BigDecimal low, BigDecimal high) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The values the statistic's true value can take, given its rounding and its qualifier. */
    public static Interval of(TradeStatistic statistic) {
        return of(statistic.value, statistic.valueHigh, statistic.resolution, statistic.qualifier);
    }

    /** The values a printed amount can stand for: "about 8.39 billion" printed to the hundredth of a billion. */
    public static Interval of(BigDecimal value, BigDecimal valueHigh, BigDecimal resolution, Qualifier qualifier) {
        BigDecimal half = resolution == null ? BigDecimal.ZERO : resolution.divide(TWO);
        Interval rounded = new Interval(value.subtract(half), (valueHigh != null ? valueHigh : value).add(half));
        return switch (qualifier) {
            case MORE_THAN, EXCEEDS, EXPECTED_TO_EXCEED -> new Interval(value, null);
            case NEARLY, LESS_THAN -> new Interval(BigDecimal.ZERO, rounded.high);
            default -> rounded;
        };
    }

    /** The values the printed figure itself can stand for, whatever the qualifier says of the true value. */
    public static Interval rounded(TradeStatistic statistic) {
        return of(statistic.value, statistic.valueHigh, statistic.resolution, Qualifier.EXACT);
    }

    /** A number printed with {@code printed}'s decimals: "87.3" stands for 87.25 to 87.35. */
    public static Interval printed(String printed) {
        BigDecimal value = new BigDecimal(printed);
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(TWO);
        return new Interval(value.subtract(half), value.add(half));
    }

    public Interval plus(Interval other) {
        return new Interval(low.add(other.low), high == null || other.high == null ? null : high.add(other.high));
    }

    /** This interval divided by a positive one. */
    public Interval dividedBy(Interval divisor) {
        BigDecimal lowest = divisor.high == null ? BigDecimal.ZERO : low.divide(divisor.high, PRECISION);
        BigDecimal highest = high == null || divisor.low.signum() <= 0 ? null : high.divide(divisor.low, PRECISION);
        return new Interval(lowest, highest);
    }

    public Interval times(BigDecimal factor) {
        return new Interval(low.multiply(factor), high == null ? null : high.multiply(factor));
    }

    public Interval plus(BigDecimal addend) {
        return new Interval(low.add(addend), high == null ? null : high.add(addend));
    }

    public boolean overlaps(Interval other) {
        boolean lowBelowOtherHigh = other.high == null || low.compareTo(other.high) <= 0;
        boolean otherLowBelowHigh = high == null || other.low.compareTo(high) <= 0;
        return lowBelowOtherHigh && otherLowBelowHigh;
    }

    /** True when some value of this interval is no larger than some value of {@code whole}. */
    public boolean canBeWithin(Interval whole) {
        return whole.high == null || low.compareTo(whole.high) <= 0;
    }

    public boolean isEmpty() {
        return high != null && low.compareTo(high) > 0;
    }

    public Interval intersection(Interval other) {
        BigDecimal newLow = low.max(other.low);
        BigDecimal newHigh = high == null ? other.high : other.high == null ? high : high.min(other.high);
        return new Interval(newLow, newHigh);
    }

    @Override
    public String toString() {
        return "[" + round(low) + ", " + (high == null ? "no upper bound" : round(high)) + "]";
    }

    private static String round(BigDecimal value) {
        return value.round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
