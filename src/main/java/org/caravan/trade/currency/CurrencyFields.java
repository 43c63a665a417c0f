package org.caravan.trade.currency;

import jakarta.inject.Inject;

import org.caravan.trade.Statistics;
import org.caravan.trade.TradeStatistic;
import org.caravan.trade.Unit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class CurrencyFields {

    @Inject
    Statistics statistics;

    @Description("The value in CNY or USD, using only a conversion the article states; an error when it states none")
    public ConvertedAmount valueIn(
            @Source TradeStatistic statistic,
            @Name("currency") @Description("CNY or USD") @NonNull Unit currency) {
        return CurrencyConverter.convert(statistic, currency,
                statistics.fromSource(statistic.citation.source));
    }
}
