package org.caravan.mirror;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.caravan.period.Period;
import org.caravan.period.PeriodParser;
import org.caravan.place.Place;
import org.caravan.place.Places;
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
public class MirrorQueries {

    @Inject
    Statistics statistics;

    @Query
    @Description("Both sides of one flow: each figure the reporter gives for its trade with the partner in exactly this"
            + " period, beside each figure the partner gives for the same flow seen from its side (the reporter's"
            + " EXPORT is the partner's IMPORT), with the gap and a verdict that allows for rounding and qualifiers."
            + " Empty when either side reported nothing; forecasts are left out.")
    public @NonNull List<@NonNull MirrorComparison> mirror(
            @Name("reporter") @Description("Code of one side, e.g. xinjiang") @NonNull String reporterCode,
            @Name("partner") @Description("Code of the other side, e.g. KZ (its own code only, not a group's members)")
            @NonNull String partnerCode,
            @Name("period") @Description("The period, e.g. 2023-H1, matched exactly") @NonNull String periodText,
            @Name("flow") @Description("Direction of trade, seen from the reporter") @DefaultValue("TOTAL") Flow flow,
            @Name("indicator") @Description("What is measured") @DefaultValue("TRADE_VALUE") Indicator indicator) {
        Place reporter = Places.require(reporterCode, "reporter");
        Place partner = Places.require(partnerCode, "partner");
        Period period = PeriodParser.parse(periodText, "period");
        Flow direction = flow == null ? Flow.TOTAL : flow;
        Indicator measure = indicator == null ? Indicator.TRADE_VALUE : indicator;
        List<TradeStatistic> reported = statistics.resultsFor(reporter, measure, direction, period, false).stream()
                .filter(figure -> figure.partner.code.equals(partner.code)).toList();
        List<TradeStatistic> mirrored = statistics.mirrorResultsFor(reporter, measure, direction, period).stream()
                .filter(figure -> figure.reporter.code.equals(partner.code)).toList();
        List<MirrorComparison> comparisons = new ArrayList<>();
        for (TradeStatistic ours : reported) {
            for (TradeStatistic theirs : mirrored) {
                comparisons.add(MirrorComparer.compare(ours, theirs));
            }
        }
        return comparisons;
    }
}
