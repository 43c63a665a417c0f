package org.caravan.partner;

import java.util.List;

import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.Places;
import org.caravan.trade.Flow;
import org.caravan.trade.Indicator;
import org.caravan.trade.Qualifier;
import org.caravan.trade.TradeStatistic;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class PartnerQueries {

    private static final List<Qualifier> FORECASTS = List.of(Qualifier.EXPECTED, Qualifier.EXPECTED_TO_EXCEED);

    @Query
    @Description("A reporter's trading partners (countries and groups) for one period, largest first, with each one's"
            + " share of the reporter's world total where the dataset has it. Without a period: the latest one.")
    public @NonNull List<@NonNull PartnerShare> partners(
            @Name("reporter") @Description("Code of the reporting place, e.g. xinjiang") @NonNull String reporterCode,
            @Name("period") @Description("The period, e.g. 2022; the latest one when left out") String periodText,
            @Name("flow") @Description("Direction of trade") @DefaultValue("TOTAL") Flow flow,
            @Name("indicator") @Description("What is measured") @DefaultValue("TRADE_VALUE") Indicator indicator) {
        Place reporter = Places.require(reporterCode, "reporter");
        Flow direction = flow == null ? Flow.TOTAL : flow;
        Indicator measure = indicator == null ? Indicator.TRADE_VALUE : indicator;
        String figures = "retracted = false and reporter = ?1 and indicator = ?2 and flow = ?3 and value is not null and qualifier not in ?4";
        Period period = periodText != null ? PeriodParser.parse(periodText, "period")
                : TradeStatistic.<TradeStatistic> find(figures + " and partner is not null order by period.end desc, id",
                        reporter, measure, direction, FORECASTS).firstResultOptional().map(s -> s.period).orElse(null);
        if (period == null) {
            return List.of();
        }
        String samePeriod = " and period.start = ?5 and period.end = ?6";
        List<TradeStatistic> partnerFigures = TradeStatistic.list(figures + samePeriod + " and partner is not null",
                reporter, measure, direction, FORECASTS, period.start, period.end);
        List<TradeStatistic> worldTotals = TradeStatistic.list(figures + samePeriod + " and partner is null order by id",
                reporter, measure, direction, FORECASTS, period.start, period.end);
        return PartnerRanking.rank(partnerFigures, worldTotals);
    }
}
