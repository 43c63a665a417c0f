package org.caravan.chart;

import java.math.BigDecimal;

import org.caravan.period.Period;
import org.caravan.trade.Qualifier;

/**
 * One dot of a chart. A reported point is a figure as the article states it; a derived point is a value Caravan
 * computed (the base a reported growth rate implies), drawn hollow and dashed so nobody mistakes it for a
 * reported figure.
 *
 * @param valueHigh the upper end where the article gives a range ("25-30"), else null
 * @param statisticId the statistic the point shows, or for a derived point the statistic it was derived from
 * @param sourceNumber the footnote number of the article in the chart's caption
 * @param growthNote for a derived point, the reported rate it comes from ("+248.2% year on year")
 */
record ChartPoint(Kind kind, Period period, BigDecimal value, BigDecimal valueHigh, Qualifier qualifier, String statisticId,
        int sourceNumber, String growthNote) {

    enum Kind {
        REPORTED, FORECAST, DERIVED
    }

    /** Where the point sits on the time axis: the middle of its period. */
    long midpointEpochDay() {
        return (period.start.toEpochDay() + period.end.toEpochDay()) / 2;
    }

    /** The highest value the point reaches: the upper end of a range. */
    BigDecimal top() {
        return valueHigh != null ? valueHigh : value;
    }

    /** The article's hedging in words, before the value: "about", "expected to surpass". */
    String hedge() {
        return switch (qualifier) {
            case EXACT -> "";
            case ABOUT -> "about ";
            case NEARLY -> "nearly ";
            case MORE_THAN -> "more than ";
            case LESS_THAN -> "less than ";
            case EXCEEDS -> "exceeded ";
            case EXPECTED -> "expected ";
            case EXPECTED_TO_EXCEED -> "expected to surpass ";
        };
    }
}
