package org.caravan.trade.consistency;

import java.util.List;

import org.caravan.trade.TradeStatistic;
import org.caravan.trade.growth.DerivedAmount;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The result of checking figures against each other, with the arithmetic.")
public record ConsistencyFinding(
        @Description("What kind of check this is") @NonNull FindingKind kind,
        @Description("Whether the figures agree") @NonNull Verdict verdict,
        @NonNull @Description("The statistics the check involves") List<@NonNull TradeStatistic> statistics,
        @NonNull @Description("What was checked, in words") String explanation,
        @NonNull @Description("The interval arithmetic behind the verdict") String arithmetic,
        @NonNull @Description("Values the check derived rather than read: the earlier values that growth rates and"
                + " multiples imply, each taking part as a figure of its own. Empty when only stated figures are"
                + " compared") List<@NonNull DerivedAmount> derivedValues) {

    public ConsistencyFinding(FindingKind kind, Verdict verdict, List<TradeStatistic> statistics, String explanation,
            String arithmetic) {
        this(kind, verdict, statistics, explanation, arithmetic, List.of());
    }

    public boolean involves(TradeStatistic statistic) {
        return statistics.stream().anyMatch(s -> s.id.equals(statistic.id));
    }
}
