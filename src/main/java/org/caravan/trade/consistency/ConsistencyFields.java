package org.caravan.trade.consistency;

import java.util.List;

import jakarta.inject.Inject;

import org.caravan.trade.Statistics;
import org.caravan.trade.TradeStatistic;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ConsistencyFields {

    @Inject
    Statistics store;

    @Query
    @Description("Every consistency check Caravan runs over the dataset, with its verdict and arithmetic")
    public @NonNull List<@NonNull ConsistencyFinding> consistencyFindings(
            @Name("verdict") @Description("Only findings with this verdict; all when left out") Verdict verdict) {
        return new ConsistencyChecker(store.inForce()).findings().stream()
                .filter(finding -> verdict == null || finding.verdict() == verdict).toList();
    }

    @Description("The consistency checks that involve this statistic")
    public List<@NonNull List<@NonNull ConsistencyFinding>> consistency(@Source List<TradeStatistic> statistics) {
        List<ConsistencyFinding> findings = new ConsistencyChecker(store.relatedTo(statistics)).findings();
        return statistics.stream().map(statistic -> findings.stream().filter(f -> f.involves(statistic)).toList())
                .toList();
    }
}
