package org.caravan.trade.consistency;

import java.util.List;

import org.caravan.trade.TradeStatistic;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The result of checking figures against each other, with the arithmetic.")
public record ConsistencyFinding(
        @Description("What kind of check this is") @NonNull FindingKind kind,
        @Description("Whether the figures agree") @NonNull Verdict verdict,
        @NonNull @Description("The statistics the check involves") List<@NonNull TradeStatistic> statistics,
        @NonNull @Description("What was checked, in words") String explanation,
        @NonNull @Description("The interval arithmetic behind the verdict") String arithmetic) {

    public boolean involves(TradeStatistic statistic) {
        return statistics.stream().anyMatch(s -> s.id.equals(statistic.id));
    }
}
