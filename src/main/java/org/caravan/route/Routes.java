package org.caravan.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.place.Place;
import org.caravan.place.PlaceKind;
import org.caravan.place.Places;

/**
 * The routes store. The articles state a handful of links, so a filter reads the routes in force and keeps the
 * matching ones; "inside" is decided by the places' tree, the same one statistics use.
 */
public final class Routes {

    private Routes() {
    }

    public static Route require(String id, String argument) {
        Route route = Route.findById(id);
        if (route == null) {
            throw new CaravanException(ErrorCode.UNKNOWN_ROUTE, argument, "No route has the id '" + id + "'.");
        }
        return route;
    }

    public static List<Route> search(RouteFilter filter) {
        RouteFilter given = filter == null ? new RouteFilter() : filter;
        Set<String> from = within(given.from, "filter.from");
        Set<String> to = within(given.to, "filter.to");
        Set<String> through = within(given.through, "filter.through");
        Set<String> touching = within(given.touching, "filter.touching");
        Predicate<Route> matches = route -> (given.kind == null || route.kind == given.kind)
                && (given.mode == null || route.mode == given.mode)
                && (Boolean.TRUE.equals(given.includeRetracted) || !route.retracted)
                && ends(route, from, to)
                && (through == null || route.through.stream().anyMatch(place -> through.contains(place.code)))
                && (touching == null || codes(route).stream().anyMatch(touching::contains));
        return Route.<Route> listAll().stream().filter(matches).sorted(Comparator.comparing(route -> route.id))
                .toList();
    }

    /** For each place, the routes in force that start at it, lead to it or pass it (the place itself, not inside). */
    public static List<List<Route>> touching(List<Place> places) {
        List<Route> all = Route.<Route> list("retracted = false order by id");
        return places.stream().map(place -> all.stream().filter(route -> codes(route).contains(place.code)).toList())
                .toList();
    }

    /** The ports a route passes or ends at, in order from start to end. */
    public static List<Place> portsOn(Route route) {
        return places(route).stream().filter(place -> place.kind == PlaceKind.LAND_PORT).toList();
    }

    /** A directed route matches from and to as given; one both ways also matches them swapped. */
    private static boolean ends(Route route, Set<String> from, Set<String> to) {
        return leads(route.from, route.to, from, to) || !route.directed && leads(route.to, route.from, from, to);
    }

    private static boolean leads(Place start, Place end, Set<String> from, Set<String> to) {
        return (from == null || from.contains(start.code)) && (to == null || to.contains(end.code));
    }

    private static List<Place> places(Route route) {
        List<Place> places = new ArrayList<>();
        places.add(route.from);
        places.addAll(route.through);
        places.add(route.to);
        return places;
    }

    private static Set<String> codes(Route route) {
        return places(route).stream().map(place -> place.code).collect(Collectors.toSet());
    }

    private static Set<String> within(String code, String argument) {
        return code == null ? null : Set.copyOf(Places.require(code, argument).codesWithin());
    }
}
