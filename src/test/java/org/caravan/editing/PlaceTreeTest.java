package org.caravan.editing;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.caravan.GraphQL;
import org.caravan.place.Place;
import org.caravan.place.PlaceTree;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * Places form a tree and groups contain no cycle: a write that would break either is refused, and walks over
 * places stored before the rule existed stop instead of running forever.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class PlaceTreeTest {

    private static final String RECORD = "mutation($input: PlaceInput!) { recordPlace(input: $input) { code } }";
    private static final String CORRECT = "mutation($code: String!, $input: PlaceInput!) {"
            + " correctPlace(code: $code, input: $input, reason: \"test\") { code parent { code } } }";

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> place(String code, String kind, String parent, List<String> members) {
        Map<String, Object> input = new HashMap<>(Map.of("code", code, "name", "Test place " + code, "kind", kind));
        if (parent != null) {
            input.put("parent", parent);
        }
        if (members != null) {
            input.put("members", members);
        }
        return input;
    }

    private static ValidatableResponse record(Map<String, Object> input) {
        return GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", input));
    }

    private static ValidatableResponse correct(String code, Map<String, Object> input) {
        return GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, Map.of("code", code, "input", input));
    }

    @Test
    void aPlaceCannotBeMadeToLieInsideItself() {
        record(place("tree-region", "REGION", null, null)).body("errors", nullValue());
        record(place("tree-city", "CITY", "tree-region", null)).body("errors", nullValue());
        record(place("tree-zone", "ZONE", "tree-city", null)).body("errors", nullValue());
        // region in zone, when zone lies in city lies in region: a cycle of three
        correct("tree-region", place("tree-region", "REGION", "tree-zone", null))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("input.parent"));
        GraphQL.post("{ place(code: \"tree-region\") { parent { code } } }").body("data.place.parent", nullValue());
        // an ordinary move is still accepted
        correct("tree-zone", place("tree-zone", "ZONE", "tree-region", null))
                .body("data.correctPlace.parent.code", is("tree-region"));
    }

    @Test
    void aGroupCannotContainItselfThroughAnother() {
        record(place("tree-group-a", "GROUP", null, List.of("KZ"))).body("errors", nullValue());
        record(place("tree-group-b", "GROUP", null, List.of("tree-group-a"))).body("errors", nullValue());
        correct("tree-group-a", place("tree-group-a", "GROUP", null, List.of("KZ", "tree-group-b")))
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("input.members"));
        correct("tree-group-b", place("tree-group-b", "GROUP", null, List.of("tree-group-b")))
                .body("errors[0].extensions.code", is("INVALID_INPUT"));
    }

    @Test
    void walksOverACycleStoredBeforeTheRuleStop() {
        record(place("old-upper", "REGION", null, null)).body("errors", nullValue());
        record(place("old-lower", "CITY", "old-upper", null)).body("errors", nullValue());
        // as a database written before the rule could hold it
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update place set parent_code = 'old-lower' where code = 'old-upper'").executeUpdate());
        try {
            List<String> cyclic = QuarkusTransaction.requiringNew().call(() -> PlaceTree.inCycles(Place.listAll()));
            assertEquals(List.of("old-lower", "old-upper"), cyclic.stream().sorted().toList());
            GraphQL.post("{ statistics(filter: {reporter: \"old-upper\", includePlacesWithinReporter: true})"
                    + " { totalCount } }").body("data.statistics.totalCount", is(0));
            GraphQL.post("{ meetings(filter: {place: \"old-lower\"}) { totalCount } }")
                    .body("data.meetings.totalCount", is(0));
            GraphQL.post("{ consistencyFindings { kind } }").body("data.consistencyFindings", notNullValue());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update place set parent_code = null where code = 'old-upper'").executeUpdate());
        }
    }
}
