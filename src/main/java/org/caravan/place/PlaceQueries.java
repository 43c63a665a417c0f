package org.caravan.place;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.caravan.meeting.Meeting;
import org.caravan.trade.TradeStatistic;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Places, and the fields of a place that lead to its statistics, meetings, groups and facts. */
@GraphQLApi
public class PlaceQueries {

    @Query
    @Description("All places, or those of one kind")
    public @NonNull List<@NonNull Place> places(
            @Name("kind") @Description("Only places of this kind; all when left out") PlaceKind kind) {
        return Place.listByKind(kind);
    }

    @Query
    @Description("One place by code: ISO alpha-2 or alpha-3 for countries (PK, PAK), a slug otherwise (kashgar)")
    public Place place(@Name("code") @Description("The place's code, e.g. PK or kashgar") @NonNull String code) {
        return Places.require(code, "code");
    }

    @Description("Statistics this place reports, newest period first")
    public List<@NonNull List<@NonNull TradeStatistic>> statisticsAsReporter(@Source List<Place> places) {
        List<TradeStatistic> all = TradeStatistic.list("retracted = false and reporter in ?1 order by sortDate desc, id", places);
        return perPlace(places, all.stream().collect(Collectors.groupingBy(s -> s.reporter.code)));
    }

    @Description("Statistics in which this place is the partner, newest period first")
    public List<@NonNull List<@NonNull TradeStatistic>> statisticsAsPartner(@Source List<Place> places) {
        List<TradeStatistic> all = TradeStatistic.list("retracted = false and partner in ?1 order by sortDate desc, id", places);
        return perPlace(places, all.stream().collect(Collectors.groupingBy(s -> s.partner.code)));
    }

    @Description("Meetings held at this place or about it, latest first")
    public List<@NonNull List<@NonNull Meeting>> meetings(@Source List<Place> places) {
        List<Meeting> all = Meeting.list("select distinct m from Meeting m left join m.places p"
                + " where m.retracted = false and (m.place in ?1 or p in ?1) order by m.sortDate desc, m.id", places);
        return places.stream().map(place -> all.stream()
                .filter(m -> m.place != null && m.place.code.equals(place.code)
                        || m.places.stream().anyMatch(p -> p.code.equals(place.code)))
                .toList()).toList();
    }

    @Description("For a group: its member countries")
    public List<List<Place>> members(@Source List<Place> places) {
        Map<String, List<Place>> byGroup = Place.<Place> list(
                "select distinct g from Place g left join fetch g.members where g in ?1", places).stream()
                .collect(Collectors.toMap(group -> group.code, group -> group.members));
        return places.stream().map(place -> byGroup.getOrDefault(place.code, List.of())).toList();
    }

    @Description("The groups this place is a member of")
    public List<@NonNull List<@NonNull Place>> groups(@Source List<Place> places) {
        List<Place> groups = Place.list("select distinct g from Place g join g.members m where g.retracted = false and m in ?1 order by g.code",
                places);
        return places.stream().map(place -> groups.stream()
                .filter(g -> g.members.stream().anyMatch(m -> m.code.equals(place.code))).toList()).toList();
    }

    @Description("The places directly inside this one")
    public List<@NonNull List<@NonNull Place>> children(@Source List<Place> places) {
        List<Place> children = Place.list("retracted = false and parent in ?1 order by code", places);
        return perPlace(places, children.stream().collect(Collectors.groupingBy(p -> p.parent.code)));
    }

    @Description("Cited facts about this place: when it was established, what it is known for")
    public List<@NonNull List<@NonNull PlaceFact>> facts(@Source List<Place> places) {
        List<PlaceFact> facts = PlaceFact.listForPlaces(places.stream().map(p -> p.code).toList());
        return perPlace(places, facts.stream().collect(Collectors.groupingBy(f -> f.place.code)));
    }

    private static <T> List<List<T>> perPlace(List<Place> places, Map<String, List<T>> byCode) {
        return places.stream().map(place -> byCode.getOrDefault(place.code, List.of())).toList();
    }
}
