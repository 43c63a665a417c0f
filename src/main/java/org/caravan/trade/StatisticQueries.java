package org.caravan.trade;

import jakarta.inject.Inject;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
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
    StatisticSearch search;

    @Query
    @Description("Statistics matching a filter, newest period first, a page at a time (first: at most 100, default 20)")
    public @NonNull TradeStatisticConnection statistics(
            @Name("filter") @Description("Which statistics; all when left out") StatisticFilter filter,
            @Name("first") @Description("Page size, 0 to 100 (default 20)") Integer first,
            @Name("after") @Description("endCursor of the previous page") String after) {
        return search.search(filter, PageRequest.of(first, after));
    }

    @Query
    @Description("One statistic by id")
    public TradeStatistic statistic(@Name("id") @Description("The statistic's id") @Id @NonNull String id) {
        return require(id, "id");
    }

    public static TradeStatistic require(String id, String argument) {
        TradeStatistic statistic = TradeStatistic.findById(id);
        if (statistic == null) {
            throw new CaravanException(ErrorCode.UNKNOWN_STATISTIC, argument, "No statistic has the id '" + id + "'.");
        }
        return statistic;
    }
}
