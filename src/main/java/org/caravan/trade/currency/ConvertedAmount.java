package org.caravan.trade.currency;

import java.math.BigDecimal;

import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A statistic's value in another currency, using only an exchange rate its own article states.")
public record ConvertedAmount(
        @Description("The value in the requested currency, four significant digits") @NonNull BigDecimal value,
        @Description("The requested currency") @NonNull Unit unit,
        @NonNull @Description("The value written out, e.g. '61.86 billion CNY'") String text,
        @NonNull @Description("Units of the requested currency per unit of the statistic's currency") BigDecimal rate,
        @Description("The statistic whose stated conversion gave the rate; null when no conversion was needed") TradeStatistic rateStatedBy,
        @NonNull @Description("Where the rate comes from, in words") String rateSource,
        @Description("True when Caravan computed the value; false when the article states it") boolean derived) {
}
