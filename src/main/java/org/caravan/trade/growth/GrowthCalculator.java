package org.caravan.trade.growth;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.caravan.trade.AmountFormat;
import org.caravan.trade.MultipleWording;
import org.caravan.trade.Qualifier;
import org.caravan.trade.StatedConversion;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;

/** Growth arithmetic on statistics: change, multiple, CAGR and the base a reported rate implies. */
public final class GrowthCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private GrowthCalculator() {
    }

    /** Compares two statistics that {@link Comparability} accepts. */
    public static Growth between(TradeStatistic from, TradeStatistic to) {
        BigDecimal ratio = to.value.divide(from.value, PRECISION);
        BigDecimal percent = ratio.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN);
        int years = from.period.yearsUntil(to.period);
        BigDecimal cagr = null;
        String arithmetic = AmountFormat.format(to.value, to.unit) + " / " + AmountFormat.format(from.value, from.unit)
                + " = " + AmountFormat.fourSignificantDigits(ratio) + " times, a change of " + percent + "%";
        if (years >= 1 && ratio.signum() > 0) {
            double annual = Math.pow(ratio.doubleValue(), 1.0 / years) - 1;
            cagr = BigDecimal.valueOf(annual * 100).setScale(2, RoundingMode.HALF_EVEN);
            arithmetic += "; over " + years + (years == 1 ? " year" : " years") + " that is "
                    + AmountFormat.fourSignificantDigits(ratio) + "^(1/" + years + ") - 1 = " + cagr + "% a year";
        }
        boolean approximate = from.qualifier != Qualifier.EXACT || to.qualifier != Qualifier.EXACT;
        return new Growth(from, to, to.value.subtract(from.value), to.unit, percent,
                AmountFormat.fourSignificantDigits(ratio), years, cagr, true, approximate, arithmetic);
    }

    /**
     * The earlier value a reported growth rate or multiple implies: RMB 2.92 billion after +248.2% implies
     * about RMB 0.84 billion a year before. Null when the statistic reports no value or no rate.
     */
    public static DerivedAmount impliedPreviousValue(TradeStatistic statistic) {
        if (statistic.value == null || (statistic.reportedGrowthPercent == null && statistic.reportedMultiple == null)) {
            return null;
        }
        BigDecimal divisor;
        String rate;
        boolean twoReadings = false;
        if (statistic.reportedGrowthPercent != null) {
            divisor = BigDecimal.ONE.add(statistic.reportedGrowthPercent.divide(HUNDRED, PRECISION));
            rate = "(1 + " + statistic.reportedGrowthPrinted + "/100)";
        } else {
            divisor = statistic.reportedMultiple;
            rate = statistic.reportedMultiplePrinted;
            twoReadings = statistic.multipleWording == MultipleWording.INCREASE_OF_TIMES;
        }
        BigDecimal value = statistic.value;
        Unit unit = statistic.unit;
        String measured = "";
        if (statistic.growthCurrency != null && statistic.growthCurrency != statistic.unit) {
            // "Up 35% in yuan terms" of a dollar figure: the rate applies to the yuan amount the article gives.
            StatedConversion stated = statistic.statedConversion;
            if (stated == null || stated.unit != statistic.growthCurrency) {
                return null;
            }
            value = stated.value;
            unit = stated.unit;
            measured = "growth in " + unit + " terms, applied to the article's " + unit + " amount: ";
        }
        BigDecimal alternative = twoReadings
                ? AmountFormat.fourSignificantDigits(value.divide(divisor.add(BigDecimal.ONE), PRECISION)) : null;
        BigDecimal base = AmountFormat.fourSignificantDigits(value.divide(divisor, PRECISION));
        String arithmetic = measured + AmountFormat.format(value, unit) + " / " + rate + " = "
                + AmountFormat.format(base, unit);
        if (alternative != null) {
            arithmetic += "; read as 'increased by " + rate + " times', " + AmountFormat.format(value, unit) + " / ("
                    + rate + " + 1) = " + AmountFormat.format(alternative, unit);
        }
        String period = statistic.growthBase != null ? statistic.growthBase : statistic.period.yearBefore().label;
        return new DerivedAmount(base, alternative, unit, AmountFormat.format(base, unit), period,
                impliedQualifier(statistic.qualifier), true, arithmetic);
    }

    /** Hedging carries over: if this year's value exceeded X, the base implied by the same rate exceeded X/rate. */
    private static Qualifier impliedQualifier(Qualifier reported) {
        return switch (reported) {
            case EXACT, ABOUT -> Qualifier.ABOUT;
            case EXPECTED, EXPECTED_TO_EXCEED -> Qualifier.EXPECTED;
            default -> reported;
        };
    }
}
