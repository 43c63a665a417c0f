package org.caravan.meeting;

import java.util.List;

import org.caravan.place.Place;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The field of a place that leads to its meetings, loaded for a whole list of places at once.
 * SmallRye looks batch fields' classes up by name when it runs them; a class without a @Query of its own is not
 * registered for that in the native binary unless it says so.
 */
@GraphQLApi
@RegisterForReflection(methods = true)
public class PlaceMeetings {

    @Description("Meetings held at this place or about it, latest first")
    public List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Place> places) {
        return Meetings.atOrAbout(places);
    }
}
