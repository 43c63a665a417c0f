package org.caravan.relay;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Global object identification: one id finds one entry, whatever its type. */
@QuarkusTest
public class NodeQueriesTest {

    private static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on TradeStatistic { printedAmount } ... on Place { name } ... on Route { kind } } }""";

    @Test
    void everyEntityTypeIsANode() {
        GraphQL.post("{ __type(name: \"Node\") { kind possibleTypes { name } } }")
                .body("data.__type.kind", is("INTERFACE"))
                .body("data.__type.possibleTypes.name.sort()",
                        is(List.of("Meeting", "Place", "PlaceFact", "Route", "Source", "TradeStatistic")));
    }

    @Test
    void anIdFindsItsEntryWhateverItsType() {
        GraphQL.post(NODE, Map.of("id", "kashgar-trade-2022"))
                .body("errors", nullValue())
                .body("data.node.__typename", is("TradeStatistic"))
                .body("data.node.id", is("kashgar-trade-2022"))
                .body("data.node.printedAmount", is("49.31 billion"));
        // A place's code is its id.
        GraphQL.post(NODE, Map.of("id", "kashgar"))
                .body("data.node.__typename", is("Place"))
                .body("data.node.name", is("Kashgar Prefecture"));
        GraphQL.post(NODE, Map.of("id", "kashgar-irkeshtam-osh"))
                .body("data.node.__typename", is("Route"))
                .body("data.node.kind", is("ROUTE"));
        GraphQL.post(NODE, Map.of("id", "kashgar-cashes-in-2023")).body("data.node.__typename", is("Source"));
        GraphQL.post(NODE, Map.of("id", "khorgos-busiest-dry-port")).body("data.node.__typename", is("PlaceFact"));
        GraphQL.post(NODE, Map.of("id", "hashmi-khorgos-visit-2025")).body("data.node.__typename", is("Meeting"));
        GraphQL.post(NODE, Map.of("id", "no-such-entry")).body("errors", nullValue()).body("data.node", nullValue());
    }

    @Test
    void placesGotIdsAndAStatisticsReporterIsTheSameNodeAsThePlace() {
        GraphQL.post("{ statistic(id: \"kashgar-trade-2022\") { reporter { id code } } place(code: \"kashgar\") { id } }")
                .body("data.statistic.reporter.id", is("kashgar"))
                .body("data.statistic.reporter.code", is("kashgar"))
                .body("data.place.id", is("kashgar"));
    }

    @Test
    void nodesAnswersInTheOrderAskedAndLimitsHowMany() {
        GraphQL.post("query($ids: [String!]!) { nodes(ids: $ids) { __typename id } }",
                Map.of("ids", List.of("KZ", "no-such-entry", "kazakhstan-xinjiang-trade-2023-h1")))
                .body("errors", nullValue())
                .body("data.nodes", hasSize(3))
                .body("data.nodes[0].id", is("KZ"))
                .body("data.nodes[1]", nullValue())
                .body("data.nodes[2].id", is("kazakhstan-xinjiang-trade-2023-h1"))
                .body("data.nodes[0].__typename", is("Place"));
        List<String> tooMany = java.util.Collections.nCopies(101, "KZ");
        GraphQL.post("query($ids: [String!]!) { nodes(ids: $ids) { id } }", Map.of("ids", tooMany))
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("ids"));
    }
}
