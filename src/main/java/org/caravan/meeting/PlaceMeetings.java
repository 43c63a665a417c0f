package org.caravan.meeting;

import java.util.List;

import org.caravan.place.Place;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The field of a place that leads to its meetings, loaded for a whole list of places at once. */
@GraphQLApi
public class PlaceMeetings {

    @Description("Meetings held at this place or about it, latest first")
    public List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Place> places) {
        return Meetings.atOrAbout(places);
    }
}
