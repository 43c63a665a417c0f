package org.caravan.editing;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** Corrections of one figure at the same moment: each is kept or coded CONFLICT, never a System error or a lost revision. */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class ConcurrentCorrectionsTest {

    private static final String RECORD = "mutation($input: StatisticInput!) { recordStatistic(input: $input) { id } }";
    private static final String CORRECT = "mutation($id: ID!, $input: StatisticInput!, $expected: Int) {"
            + " correctStatistic(id: $id, input: $input, reason: \"concurrent test\", expectedRevision: $expected)"
            + " { id } }";
    private static final String REVISIONS = "query($id: ID!) { statistic(id: $id) { description revisions { number action } } }";

    private static Map<String, Object> figure(String id, String description) {
        return Map.ofEntries(Map.entry("id", id), Map.entry("indicator", "TRADE_VALUE"),
                Map.entry("description", description), Map.entry("reporter", "kashgar"), Map.entry("flow", "TOTAL"),
                Map.entry("period", "2029"), Map.entry("amount", "2.5 billion"), Map.entry("unit", "CNY"),
                Map.entry("qualifier", "ABOUT"), Map.entry("source", "kashgar-cashes-in-2023"),
                Map.entry("quote", "a test excerpt"));
    }

    private static List<JsonPath> correctAtOnce(String id, int times, Integer expected) {
        List<CompletableFuture<JsonPath>> calls = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", id);
            variables.put("input", figure(id, "Correction " + i));
            variables.put("expected", expected);
            calls.add(CompletableFuture.supplyAsync(
                    () -> GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, variables).extract().jsonPath()));
        }
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static List<Integer> revisionNumbers(String id) {
        return GraphQL.post(REVISIONS, Map.of("id", id)).extract().jsonPath().getList("data.statistic.revisions.number");
    }

    @Test
    void correctionsAtOnceAreEachKeptOrCodedAndNumberedWithoutGaps() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("concurrent-figure", "Recorded")))
                .body("errors", nullValue());
        List<JsonPath> answers = correctAtOnce("concurrent-figure", 16, null);
        long kept = answers.stream().filter(answer -> answer.get("errors") == null).count();
        for (JsonPath answer : answers) {
            String code = answer.getString("errors[0].extensions.code");
            assertTrue(code == null || code.equals("CONFLICT"), answer.prettify());
        }
        // RECORDED is 1; each kept correction adds one, in order, none twice
        List<Integer> numbers = revisionNumbers("concurrent-figure");
        assertEquals(IntStream.rangeClosed(1, (int) kept + 1).boxed().toList(), numbers);
    }

    @Test
    void withTheRevisionItCorrectsOnlyTheFirstOfManyIsKept() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("expected-figure", "Recorded")))
                .body("errors", nullValue());
        // one revision (RECORDED): every caller read revision 1
        List<JsonPath> answers = correctAtOnce("expected-figure", 8, 1);
        assertEquals(1, answers.stream().filter(answer -> answer.get("errors") == null).count());
        for (JsonPath answer : answers) {
            if (answer.get("errors") != null) {
                assertEquals("CONFLICT", answer.getString("errors[0].extensions.code"), answer.prettify());
            }
        }
        assertEquals(List.of(1, 2), revisionNumbers("expected-figure"));
        JsonPath stale = GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, Map.of("id", "expected-figure",
                "input", figure("expected-figure", "Late"), "expected", 1)).extract().jsonPath();
        assertEquals("expectedRevision", stale.getString("errors[0].extensions.argument"));
        assertEquals(2, stale.getInt("errors[0].extensions.currentRevision"));
    }
}
