package org.caravan.route;

import java.util.List;

import org.caravan.place.Place;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class RouteQueries {

    @Query
    @Description("Routes, corridors and crossings the articles state, by id: which lead from or to a place, which pass"
            + " it, and the ports on them")
    public @NonNull List<@NonNull Route> routes(@Name("filter") @Description("Which routes; all in force when left out")
            RouteFilter filter) {
        return Routes.search(filter);
    }

    @Query
    @Description("One route, corridor or crossing by id, retracted or not")
    public Route route(@Name("id") @Description("The route's id") @Id @NonNull String id) {
        return Route.findById(id);
    }

    @Description("The land ports it passes or ends at, from start to end; empty when the article names none")
    public @NonNull List<@NonNull Place> ports(@Source Route route) {
        return Routes.portsOn(route);
    }
}
