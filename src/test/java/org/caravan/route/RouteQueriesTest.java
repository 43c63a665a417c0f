package org.caravan.route;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The links the bundled articles state, asked as an analyst would. */
@QuarkusTest
public class RouteQueriesTest {

    private static final String ROUTES = """
            query($filter: RouteFilter) {
              routes(filter: $filter) { id kind from { code } to { code } through { code } ports { code } mode directed }
            }""";

    @Test
    void whichPortsLeadToKyrgyzstanAndWhereTheirGoodsGo() {
        // Kashgar's goods clear customs at Irkeshtam Port and go on to Osh, a city of Kyrgyzstan; the
        // China-Kyrgyzstan-Uzbekistan Railway passes Kyrgyzstan on its way to Uzbekistan, with no port named.
        GraphQL.post(ROUTES, Map.of("filter", Map.of("touching", "KG")))
                .body("errors", nullValue())
                .body("data.routes.id", is(List.of("china-kyrgyzstan-uzbekistan-railway", "kashgar-irkeshtam-osh")))
                .body("data.routes[1].ports.code", is(List.of("irkeshtam")))
                .body("data.routes[1].to.code", is("osh"))
                .body("data.routes[1].directed", is(true))
                .body("data.routes[0].ports", empty())
                .body("data.routes[0].mode", is("RAIL"))
                .body("data.routes[0].through.code", is(List.of("KG")));
        // Leading to Kyrgyzstan (Osh is inside it), not just passing it:
        GraphQL.post(ROUTES, Map.of("filter", Map.of("to", "KG")))
                .body("data.routes.id", is(List.of("kashgar-irkeshtam-osh")));
    }

    @Test
    void aRouteBothWaysMatchesEitherEndButADirectedOneOnlyItsOwn() {
        // Starting inside Xinjiang: the three from Kashgar, and the two that run both ways and end in it (the
        // Almaty-Urumqi flights, the green corridor with Kazakhstan). The Khunjerab and Khorgos crossings are
        // between China and its neighbours: China is not inside Xinjiang.
        GraphQL.post(ROUTES, Map.of("filter", Map.of("from", "xinjiang")))
                .body("data.routes.id", is(List.of("almaty-urumqi-flights", "china-kyrgyzstan-uzbekistan-railway",
                        "china-pakistan-economic-corridor", "kashgar-irkeshtam-osh", "kazakhstan-xinjiang-green-corridor")));
        // The article sends goods from Kashgar to Osh, not back.
        GraphQL.post(ROUTES, Map.of("filter", Map.of("from", "osh"))).body("data.routes", empty());
        GraphQL.post(ROUTES, Map.of("filter", Map.of("from", "urumqi", "to", "almaty")))
                .body("data.routes.id", is(List.of("almaty-urumqi-flights")));
    }

    @Test
    void crossingsNameTheirPortsAndCorridorsNameNoneTheArticlesDoNotGive() {
        GraphQL.post(ROUTES, Map.of("filter", Map.of("kind", "CROSSING")))
                .body("data.routes.id", is(List.of("khorgos-crossing", "khunjerab-crossing")))
                .body("data.routes.ports.code", is(List.of(List.of("khorgos"), List.of("khunjerab"))));
        GraphQL.post(ROUTES, Map.of("filter", Map.of("kind", "CORRIDOR")))
                .body("data.routes.id", is(List.of("china-kyrgyzstan-uzbekistan-railway",
                        "china-pakistan-economic-corridor", "kazakhstan-xinjiang-green-corridor")))
                .body("data.routes.ports.flatten()", empty());
        // Irkeshtam and Khunjerab ports both lie in Kashgar Prefecture.
        GraphQL.post(ROUTES, Map.of("filter", Map.of("through", "kashgar")))
                .body("data.routes.id", is(List.of("kashgar-irkeshtam-osh", "khunjerab-crossing")));
    }

    @Test
    void aPlaceListsItsRoutesAndARouteItsCitation() {
        GraphQL.post("{ place(code: \"irkeshtam\") { routes { id } } }")
                .body("data.place.routes.id", is(List.of("kashgar-irkeshtam-osh")));
        GraphQL.post("{ route(id: \"kashgar-irkeshtam-osh\") { name mode note citation { quote source { id } } } }")
                .body("data.route.name", nullValue())
                .body("data.route.mode", is("UNSPECIFIED"))
                .body("data.route.citation.source.id", is("kashgar-bonded-zone-growth-2023"))
                .body("data.route.citation.quote", containsString("Irkeshtam Port and be shipped to the city of Osh"));
        GraphQL.post("{ route(id: \"no-such-route\") { id } }").body("data.route", nullValue());
    }

    @Test
    void anUnknownPlaceIsACodedError() {
        GraphQL.post(ROUTES, Map.of("filter", Map.of("touching", "atlantis")))
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"))
                .body("errors[0].extensions.argument", is("filter.touching"));
    }
}
