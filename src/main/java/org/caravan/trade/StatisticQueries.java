package org.caravan.trade;

import jakarta.inject.Inject;

import org.caravan.paging.PageRequest;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class StatisticQueries {

    @Inject
    Statistics statistics;

    @Query
    @Description("Statistics matching a filter, newest period first, a page at a time, forward (first, after) or"
            + " backward (last, before): at most 100, default 20")
    public @NonNull TradeStatisticConnection statistics(
            @Name("filter") @Description("Which statistics; all when left out") StatisticFilter filter,
            @Name("first") @Description("Page size reading forward, 0 to 100 (default 20)") Integer first,
            @Name("after") @Description("Read on after this cursor: endCursor of the previous page") String after,
            @Name("last") @Description("Page size reading backward, 0 to 100: the last items (before `before`)")
            Integer last,
            @Name("before") @Description("Read back before this cursor: startCursor of the next page") String before) {
        return statistics.search(filter, PageRequest.of(first, after, last, before));
    }

    @Query
    @Description("One statistic by id")
    public TradeStatistic statistic(@Name("id") @Description("The statistic's id") @Id @NonNull String id) {
        return Statistics.require(id, "id");
    }
}
