package org.caravan.route;

import static org.caravan.Inputs.with;
import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.editing.EditingProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Routes go through the same editing path as every other entry: checked input, revisions, retraction. */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class RouteMutationsTest {

    private static final String RECORD = """
            mutation($input: RouteInput!) { recordRoute(input: $input) {
              id from { code } through { code } ports { code } mode revisions { action author } } }""";
    private static final String CORRECT = """
            mutation($id: ID!, $input: RouteInput!, $reason: String!) {
              correctRoute(id: $id, input: $input, reason: $reason) { mode latestRevision revisions { action reason } } }""";
    private static final String RETRACT = """
            mutation($id: ID!) { retractRoute(id: $id, reason: "a test") { retracted } }""";

    private static Map<String, Object> route(String id) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("kind", "ROUTE");
        input.put("from", "kashgar");
        input.put("to", "TJ");
        input.put("through", List.of("karasu"));
        input.put("source", "kashgar-cashes-in-2023");
        input.put("quote", "a test excerpt");
        return input;
    }

    @Test
    void anEditorRecordsCorrectsAndRetractsARoute() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", route("test-kashgar-karasu-tajikistan")))
                .body("errors", nullValue())
                .body("data.recordRoute.ports.code", is(List.of("karasu")))
                .body("data.recordRoute.mode", is("UNSPECIFIED"))
                .body("data.recordRoute.revisions.action", is(List.of("RECORDED")))
                .body("data.recordRoute.revisions[0].author", is(EDITOR));
        GraphQL.post("{ routes(filter: {to: \"TJ\"}) { id } }")
                .body("data.routes.id", hasItem("test-kashgar-karasu-tajikistan"));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, Map.of("id", "test-kashgar-karasu-tajikistan",
                "input", with(route("test-kashgar-karasu-tajikistan"), "mode", "ROAD"), "reason", "the road is named"))
                .body("errors", nullValue())
                .body("data.correctRoute.mode", is("ROAD"))
                .body("data.correctRoute.latestRevision", is(2))
                .body("data.correctRoute.revisions.action", is(List.of("RECORDED", "CORRECTED")));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RETRACT, Map.of("id", "test-kashgar-karasu-tajikistan"))
                .body("data.retractRoute.retracted", is(true));
        GraphQL.post("{ routes(filter: {to: \"TJ\"}) { id } r: route(id: \"test-kashgar-karasu-tajikistan\") { retracted } }")
                .body("data.routes.id", not(hasItem("test-kashgar-karasu-tajikistan")))
                .body("data.r.retracted", is(true));
    }

    @Test
    void anIdAnotherTypeAlreadyHasIsRefused() {
        // Ids are unique across types: a route cannot take a statistic's id, nor a place a route's.
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", route("kashgar-trade-2022")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("DUPLICATE_ID"))
                .body("errors[0].extensions.argument", is("input.id"));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, "mutation($input: PlaceInput!) { recordPlace(input: $input) { code } }",
                Map.of("input", Map.of("code", "kashgar-irkeshtam-osh", "name", "n", "kind", "CITY")))
                .body("errors[0].extensions.code", is("DUPLICATE_ID"))
                .body("errors[0].extensions.argument", is("input.code"));
        GraphQL.post("{ node(id: \"kashgar-trade-2022\") { __typename } }")
                .body("data.node.__typename", is("TradeStatistic"));
    }

    @Test
    void badRoutesAreRefusedWithTheirFieldAndNothingIsWritten() {
        Map<Map<String, Object>, List<String>> cases = Map.of(
                with(route("test-bad-route"), "through", List.of("atlantis")), List.of("UNKNOWN_PLACE", "input.through"),
                with(route("test-bad-route"), "to", "kashgar"), List.of("INVALID_INPUT", "input.to"),
                with(route("test-bad-route"), "through", List.of("kashgar")), List.of("INVALID_INPUT", "input.through"),
                with(route("test-bad-route"), "source", "no-such-article"), List.of("UNKNOWN_SOURCE", "input.source"),
                with(route("test-bad-route"), "quote", ""), List.of("INVALID_INPUT", "input.quote"));
        cases.forEach((input, expected) -> GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is(expected.get(0)))
                .body("errors[0].extensions.argument", is(expected.get(1))));
        GraphQL.post(RECORD, Map.of("input", route("test-bad-route")))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        GraphQL.post("{ route(id: \"test-bad-route\") { id } }").body("data.route", nullValue());
    }
}
