package org.caravan.trade;

import jakarta.inject.Inject;

import org.caravan.revision.RecordedEntries;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class StatisticSubscriptions {

    @Inject
    RecordedEntries recorded;

    @Subscription
    @Description("Each figure an editor records, once it is committed (WebSocket at /graphql, graphql-transport-ws)")
    public Multi<@NonNull TradeStatistic> statisticRecorded() {
        return recorded.of(StatisticMutations.SUBJECT, id -> TradeStatistic.<TradeStatistic> findById(id));
    }
}
