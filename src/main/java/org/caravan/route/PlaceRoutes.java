package org.caravan.route;

import java.util.List;

import org.caravan.place.Place;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The field of a place that leads to its routes, loaded for a whole list of places at once (see PlaceMeetings). */
@GraphQLApi
@RegisterForReflection(methods = true)
public class PlaceRoutes {

    @Description("Routes, corridors and crossings that start at this place, lead to it or pass it")
    public List<@NonNull List<@NonNull Route>> routes(@Source List<Place> places) {
        return Routes.touching(places);
    }
}
