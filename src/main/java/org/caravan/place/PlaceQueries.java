package org.caravan.place;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Places, and the fields of a place that lead to its groups, members, children and facts. */
@GraphQLApi
public class PlaceQueries {

    @Query
    @Description("All places, or those of one kind")
    public @NonNull List<@NonNull Place> places(
            @Name("kind") @Description("Only places of this kind; all when left out") PlaceKind kind) {
        return Places.inForce(kind);
    }

    @Query
    @Description("One place by code: ISO alpha-2 or alpha-3 for countries (PK, PAK), a slug otherwise (kashgar)")
    public Place place(@Name("code") @Description("The place's code, e.g. PK or kashgar") @NonNull String code) {
        return Places.require(code, "code");
    }

    @Description("For a group: its member countries")
    public List<List<Place>> members(@Source List<Place> places) {
        return Places.membersOf(places);
    }

    @Description("The groups this place is a member of")
    public List<@NonNull List<@NonNull Place>> groups(@Source List<Place> places) {
        return Places.groupsOf(places);
    }

    @Description("The places directly inside this one")
    public List<@NonNull List<@NonNull Place>> children(@Source List<Place> places) {
        return Places.childrenOf(places);
    }

    @Description("Cited facts about this place: when it was established, what it is known for")
    public List<@NonNull List<@NonNull PlaceFact>> facts(@Source List<Place> places) {
        return Places.factsOf(places);
    }
}
