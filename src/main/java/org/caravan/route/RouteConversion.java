package org.caravan.route;

import java.util.List;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.place.Place;
import org.caravan.place.Places;
import org.caravan.source.Citation;
import org.caravan.source.Sources;

/** Turns a {@link RouteInput} into a route, and a route back into the input a revision snapshots. */
public final class RouteConversion {

    private RouteConversion() {
    }

    public static Route toRoute(RouteInput input) {
        Route route = new Route();
        route.id = input.id;
        route.kind = input.kind;
        route.name = input.name;
        route.from = Places.require(input.from, "from");
        route.to = Places.require(input.to, "to");
        if (route.from.code.equals(route.to.code)) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "to", "A route leads from one place to another.");
        }
        for (String code : input.through == null ? List.<String> of() : input.through) {
            Place place = Places.require(code, "through");
            boolean named = place.code.equals(route.from.code) || place.code.equals(route.to.code)
                    || route.through.stream().anyMatch(p -> p.code.equals(place.code));
            if (named) {
                throw new CaravanException(ErrorCode.INVALID_INPUT, "through",
                        "'" + code + "' is already an end of the route or named twice on the way.");
            }
            route.through.add(place);
        }
        route.mode = input.mode == null ? TransportMode.UNSPECIFIED : input.mode;
        route.directed = Boolean.TRUE.equals(input.directed);
        route.note = input.note;
        route.citation = new Citation(Sources.require(input.source, "source"), input.quote);
        return route;
    }

    public static RouteInput toInput(Route route) {
        RouteInput input = new RouteInput();
        input.id = route.id;
        input.kind = route.kind;
        input.name = route.name;
        input.from = route.from.code;
        input.to = route.to.code;
        input.through = route.through.stream().map(place -> place.code).toList();
        input.mode = route.mode;
        input.directed = route.directed;
        input.note = route.note;
        input.source = route.citation.source.id;
        input.quote = route.citation.quote;
        return input;
    }
}
