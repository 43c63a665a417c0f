package org.caravan.partner;

import java.util.List;

import jakarta.inject.Inject;

import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.Statistics;
import org.caravan.trade.TradeStatistic;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class PartnerQueries {

    @Inject
    Statistics statistics;

    @Query
    @Description("A reporter's trading partners (countries and groups) for one period, largest first, with each one's"
            + " share of the reporter's world total where the dataset has it. Without a period: the latest one of the"
            + " reporter's own figures. With includeMirror, the partners' own figures for the same flow too.")
    public @NonNull List<@NonNull PartnerShare> partners(
            @Name("reporter") @Description("Code of the reporting place, e.g. xinjiang") @NonNull String reporterCode,
            @Name("period") @Description("The period, e.g. 2022, matched exactly (a ranking mixes no half-year with a"
                    + " whole year); the latest one when left out") String periodText,
            @Name("flow") @Description("Direction of trade") @DefaultValue("TOTAL") Flow flow,
            @Name("indicator") @Description("What is measured") @DefaultValue("TRADE_VALUE") Indicator indicator,
            @Name("includeMirror") @Description("Also list what the partners reported about their trade with the"
                    + " reporter (mirror figures, the flow read from their side), each marked mirror and ranked apart"
                    + " from the reporter's own figures. Default false.") @DefaultValue("false")
            Boolean includeMirror) {
        Place reporter = statistics.requirePlace(reporterCode, "reporter");
        Flow direction = flow == null ? Flow.TOTAL : flow;
        Indicator measure = indicator == null ? Indicator.TRADE_VALUE : indicator;
        Period period = periodText != null ? PeriodParser.parse(periodText, "period")
                : statistics.latestPartnerPeriod(reporter, measure, direction);
        if (period == null) {
            return List.of();
        }
        List<TradeStatistic> mirrors = Boolean.TRUE.equals(includeMirror)
                ? statistics.mirrorResultsFor(reporter, measure, direction, period) : List.of();
        return PartnerRanking.rank(statistics.resultsFor(reporter, measure, direction, period, false),
                mirrors, statistics.resultsFor(reporter, measure, direction, period, true));
    }
}
