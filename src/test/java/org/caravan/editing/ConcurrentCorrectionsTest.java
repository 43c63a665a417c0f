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
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Edits of one entry at the same moment: each is kept or coded (CONFLICT, ALREADY_RETRACTED, DUPLICATE_ID), never a
 * System error, and every kept edit has exactly one revision.
 */
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

    /** One kind of entry as this test edits it: its mutation names, key argument and a valid input. */
    private record Kind(String type, String key, String keyType, Function<String, Map<String, Object>> input) {

        List<String> keys(List<String> shared) {
            return shared.stream().map(key -> type.toLowerCase(java.util.Locale.ROOT) + "-" + key).toList();
        }

        String record() {
            return "mutation($input: " + type + "Input!) { record" + type + "(input: $input) { " + key + " } }";
        }

        String correct() {
            return "mutation($key: " + keyType + "!, $input: " + type + "Input!, $expected: Int) { correct" + type + "("
                    + key + ": $key, input: $input, reason: \"at once\", expectedRevision: $expected) { " + key + " } }";
        }

        String retract() {
            return "mutation($key: " + keyType + "!, $expected: Int) { retract" + type + "(" + key + ": $key,"
                    + " reason: \"at once\", expectedRevision: $expected) { " + key + " } }";
        }

        String field() {
            return Character.toLowerCase(type.charAt(0)) + type.substring(1);
        }

        /** Every revision number of the entry, read 20 at a time as a client would. */
        List<Integer> revisionNumbers(String entry) {
            String query = "query($key: " + keyType + "!, $after: Int) { " + field() + "(" + key + ": $key) {"
                    + " latestRevision revisions(after: $after) { number } } }";
            List<Integer> numbers = new ArrayList<>();
            while (true) {
                Map<String, Object> variables = new HashMap<>(Map.of("key", entry));
                variables.put("after", numbers.isEmpty() ? null : numbers.get(numbers.size() - 1));
                JsonPath answer = GraphQL.post(query, variables).body("errors", nullValue()).extract().jsonPath();
                List<Integer> page = answer.getList("data." + field() + ".revisions.number");
                if (page.isEmpty()) {
                    assertEquals(numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1),
                            answer.getInt("data." + field() + ".latestRevision"), "latestRevision of " + entry);
                    return numbers;
                }
                numbers.addAll(page);
            }
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Statistic", "id", "ID", id -> figure(id, "Recorded")),
            new Kind("Meeting", "id", "ID", id -> Map.of("id", id, "kind", "MEETING", "title", "A meeting at once",
                    "datePrecision", "DAY", "dateFrom", "2024-05-06", "dateTo", "2024-05-06",
                    "source", "kashgar-cashes-in-2023", "quote", "a test excerpt")),
            new Kind("Place", "code", "String", code -> Map.of("code", code, "name", "A place at once",
                    "kind", "LAND_PORT", "parent", "kashgar")));

    @Test
    void sixteenHundredConflictingWritesAreEachKeptOrCodedAndNoRevisionIsLostOrDoubled() throws Exception {
        // Ids are unique across types (see Node): each kind has keys of its own.
        List<String> keys = List.of("at-once-1", "at-once-2", "at-once-3", "at-once-4");
        for (Kind kind : KINDS) {
            for (String key : kind.keys(keys)) {
                GraphQL.postAs(EDITOR, EDITOR_PASSWORD, kind.record(), Map.of("input", kind.input().apply(key)))
                        .body("errors", nullValue());
            }
        }
        // 1,600 writes, 32 at a time, each on one of the twelve entries: corrections with and without the revision
        // they expect, retractions, and recordings of ids that are taken.
        Random random = new Random(1600);
        record Write(Kind kind, String key, String document, Map<String, Object> variables) {
        }
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < 1600; i++) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            String key = kind.keys(keys).get(random.nextInt(keys.size()));
            Map<String, Object> variables = new HashMap<>();
            variables.put("key", key);
            variables.put("expected", random.nextBoolean() ? null : 1 + random.nextInt(6));
            int what = random.nextInt(10);
            if (what < 7) {
                variables.put("input", kind.input().apply(key));
                writes.add(new Write(kind, key, kind.correct(), variables));
            } else if (what < 9) {
                writes.add(new Write(kind, key, kind.retract(), variables));
            } else {
                writes.add(new Write(kind, key, kind.record(), Map.of("input", kind.input().apply(key))));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<JsonPath> answers;
        try {
            List<Future<JsonPath>> calls = new ArrayList<>();
            for (Write write : writes) {
                calls.add(pool.submit(() -> GraphQL.postAs(EDITOR, EDITOR_PASSWORD, write.document(), write.variables())
                        .extract().jsonPath()));
            }
            answers = new ArrayList<>();
            for (var call : calls) {
                answers.add(call.get());
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Integer> kept = new HashMap<>();
        for (int i = 0; i < writes.size(); i++) {
            JsonPath answer = answers.get(i);
            Write write = writes.get(i);
            if (answer.get("errors") == null) {
                assertTrue(!write.document().contains("record"), "a taken id was recorded again: " + write);
                kept.merge(write.kind().type() + " " + write.key(), 1, Integer::sum);
                continue;
            }
            String code = answer.getString("errors[0].extensions.code");
            assertTrue(List.of("CONFLICT", "ALREADY_RETRACTED", "DUPLICATE_ID").contains(code),
                    write + " -> " + answer.prettify());
        }
        assertTrue(kept.values().stream().mapToInt(Integer::intValue).sum() > 100, "kept: " + kept);
        // RECORDED is revision 1; each kept correction or retraction adds the next number, none twice, none lost
        for (Kind kind : KINDS) {
            for (String key : kind.keys(keys)) {
                List<Integer> numbers = kind.revisionNumbers(key);
                int expected = 1 + kept.getOrDefault(kind.type() + " " + key, 0);
                assertEquals(IntStream.rangeClosed(1, expected).boxed().toList(), numbers, kind.type() + " " + key);
            }
        }
    }
}
