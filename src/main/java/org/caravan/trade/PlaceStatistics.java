package org.caravan.trade;

import java.util.List;

import jakarta.inject.Inject;

import org.caravan.place.Place;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The fields of a place that lead to its statistics, each loaded for a whole list of places at once.
 * SmallRye looks batch fields' classes up by name when it runs them; a class without a @Query of its own is not
 * registered for that in the native binary unless it says so.
 */
@GraphQLApi
@RegisterForReflection(methods = true)
public class PlaceStatistics {

    @Inject
    Statistics statistics;

    @Description("Statistics this place reports, newest period first")
    public List<@NonNull List<@NonNull TradeStatistic>> statisticsAsReporter(@Source List<Place> places) {
        return statistics.reportedBy(places);
    }

    @Description("Statistics in which this place is the partner, newest period first")
    public List<@NonNull List<@NonNull TradeStatistic>> statisticsAsPartner(@Source List<Place> places) {
        return statistics.withPartner(places);
    }
}
