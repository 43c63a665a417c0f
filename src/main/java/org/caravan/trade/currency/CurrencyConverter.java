package org.caravan.trade.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.trade.AmountFormat;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;

/**
 * Converts between CNY and USD with no rate of Caravan's own: the figure's stated conversion if it has one,
 * otherwise the most precise conversion stated elsewhere in the same article.
 */
public final class CurrencyConverter {

    private CurrencyConverter() {
    }

    /** @param sameArticle the statistics of the statistic's article (it may be among them) */
    public static ConvertedAmount convert(TradeStatistic statistic, Unit currency, List<TradeStatistic> sameArticle) {
        if (!currency.isMoney() || !statistic.unit.isMoney()) {
            throw new CaravanException(ErrorCode.NO_STATED_CONVERSION, "currency",
                    "Only money figures can be converted, and only to CNY or USD; " + statistic.id + " is in "
                            + statistic.unit + ".");
        }
        if (statistic.value == null) {
            throw new CaravanException(ErrorCode.NO_VALUE, statistic.id + " reports only a growth rate, no value.");
        }
        if (statistic.unit == currency) {
            return new ConvertedAmount(statistic.value, currency, AmountFormat.format(statistic.value, currency),
                    BigDecimal.ONE, null, "no conversion needed", false);
        }
        var own = statistic.statedConversion;
        if (own != null && own.unit == currency) {
            return new ConvertedAmount(own.value, currency, AmountFormat.format(own.value, currency),
                    AmountFormat.fourSignificantDigits(own.value.divide(statistic.value, MathContext.DECIMAL64)),
                    statistic, "stated with this figure: '" + statistic.citation.quote + "'", false);
        }
        TradeStatistic rateFigure = mostPreciseConversion(statistic.unit, currency, sameArticle)
                .orElseThrow(() -> new CaravanException(ErrorCode.NO_STATED_CONVERSION, "currency",
                        "The article of " + statistic.id + " states no conversion between " + statistic.unit
                                + " and " + currency + ", and Caravan uses no rate of its own."));
        BigDecimal rate = rateFigure.unit == statistic.unit
                ? rateFigure.statedConversion.value.divide(rateFigure.value, MathContext.DECIMAL64)
                : rateFigure.value.divide(rateFigure.statedConversion.value, MathContext.DECIMAL64);
        BigDecimal value = AmountFormat.fourSignificantDigits(statistic.value.multiply(rate));
        return new ConvertedAmount(value, currency, AmountFormat.format(value, currency),
                AmountFormat.fourSignificantDigits(rate), rateFigure,
                "the most precise conversion stated in the same article, with " + rateFigure.id + ": '"
                        + rateFigure.citation.quote + "'",
                true);
    }

    /** The stated conversion between the two currencies whose printed figure hides the least rounding. */
    private static Optional<TradeStatistic> mostPreciseConversion(Unit from, Unit to, List<TradeStatistic> candidates) {
        return candidates.stream()
                .filter(s -> s.value != null && s.statedConversion != null)
                .filter(s -> (s.unit == from && s.statedConversion.unit == to)
                        || (s.unit == to && s.statedConversion.unit == from))
                .min(Comparator.comparing((TradeStatistic s) -> s.statedConversion.resolution
                        .divide(s.statedConversion.value, MathContext.DECIMAL64)).thenComparing(s -> s.id));
    }
}
