package org.caravan.editing;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.caravan.GraphQL;
import org.caravan.meeting.Meeting;
import org.caravan.place.Place;
import org.caravan.place.PlaceTree;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Random inputs, hostile and ordinary mixed, thrown at the record, correct and retract mutations: every answer is either a
 * success or an error with a code (never "System error"), and afterwards the database still satisfies every rule.
 * Every mutation of every editable type is exercised. The seed is fixed, so a failure can be replayed; each run
 * sends the same 880 writes. Errors graphql-java raises
 * itself while coercing variables (a null for a non-null field) carry no code yet; they are not System errors.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class RandomWritesTest {

    private static final List<Object> TEXTS = new ArrayList<>(List.of("", " ", "kashgar", "KZ", "pk", "PK",
            "central-asia", "x".repeat(5000), "a\u0000b", "=1+2", "2023", "2023-H1", "1850", "2023-Q3..Q1",
            "+999999999-01-01", "2024-05-06", "2.5 billion", "30-25", "1,234.5 million", "9".repeat(40), "-100",
            "-1000000", "0", "1e999", "NaN", "3.96", "\u202Ecode", "Ürümqi", "kashgar-cashes-in-2023"));

    static {
        TEXTS.add(null);
    }

    private static final List<String> KINDS = List.of("COUNTRY", "REGION", "CITY", "LAND_PORT", "ZONE", "GROUP");

    @Inject
    EntityManager entityManager;

    private final Random random = new Random(20261206);

    private Object text() {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    private Map<String, Object> statistic(int i) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", random.nextInt(6) > 0 ? "random-figure-" + (i % 40) : text());
        input.put("indicator", "TRADE_VALUE");
        input.put("description", random.nextInt(8) == 0 ? text() : "A random figure");
        input.put("reporter", random.nextInt(6) > 0 ? "kashgar" : text());
        input.put("partner", random.nextInt(3) == 0 ? text() : null);
        input.put("flow", "TOTAL");
        input.put("period", random.nextInt(6) > 0 ? "2031" : text());
        input.put("amount", random.nextInt(6) > 0 ? "2.5 billion" : text());
        input.put("growthPercent", random.nextInt(3) == 0 ? text() : null);
        input.put("unit", "CNY");
        input.put("qualifier", "ABOUT");
        input.put("source", random.nextInt(6) > 0 ? "kashgar-cashes-in-2023" : text());
        input.put("quote", random.nextInt(8) == 0 ? text() : "a random excerpt");
        input.put("note", random.nextInt(8) == 0 ? text() : null);
        return input;
    }

    private Map<String, Object> place(int i) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", random.nextInt(6) > 0 ? "random-place-" + (i % 12) : text());
        input.put("name", random.nextInt(8) == 0 ? text() : "A random place");
        input.put("kind", KINDS.get(random.nextInt(KINDS.size())));
        input.put("iso3", random.nextInt(8) == 0 ? text() : null);
        input.put("parent", random.nextInt(6) > 0 ? "random-place-" + random.nextInt(12) : text());
        input.put("members", random.nextInt(4) == 0 ? List.of("random-place-" + random.nextInt(12)) : null);
        input.put("note", random.nextInt(8) == 0 ? text() : null);
        return input;
    }

    private static final List<String> MEETING_KINDS = List.of("MEETING", "VISIT", "CEREMONY", "OPENING");

    private Map<String, Object> meeting(int i) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", random.nextInt(6) > 0 ? "random-meeting-" + (i % 20) : text());
        input.put("kind", MEETING_KINDS.get(random.nextInt(MEETING_KINDS.size())));
        input.put("title", random.nextInt(8) == 0 ? text() : "A random meeting");
        input.put("place", random.nextInt(4) == 0 ? text() : "kashgar");
        input.put("dateFrom", random.nextInt(3) == 0 ? text() : "2024-05-0" + (1 + random.nextInt(9)));
        input.put("dateTo", random.nextInt(3) == 0 ? text() : "2024-05-0" + (1 + random.nextInt(9)));
        input.put("datePrecision", "DAY");
        input.put("places", random.nextInt(4) == 0 ? List.of(String.valueOf(text())) : null);
        input.put("topics", random.nextInt(4) == 0 ? List.of(String.valueOf(text())) : List.of("trade"));
        input.put("participants", random.nextInt(4) == 0 ? List.of(Map.of("name", String.valueOf(text()))) : null);
        input.put("source", random.nextInt(6) > 0 ? "kashgar-cashes-in-2023" : text());
        input.put("quote", random.nextInt(8) == 0 ? text() : "a random excerpt");
        return input;
    }

    private Map<String, Object> source(int i) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", random.nextInt(6) > 0 ? "random-source-" + (i % 10) : text());
        input.put("title", random.nextInt(6) == 0 ? text() : "A random article");
        input.put("outlet", random.nextInt(6) == 0 ? text() : "A random outlet");
        input.put("publishedOn", random.nextInt(3) == 0 ? text() : "2024-0" + (1 + random.nextInt(9)) + "-15");
        input.put("datingNote", random.nextInt(6) == 0 ? text() : null);
        input.put("language", random.nextInt(8) == 0 ? text() : "en");
        return input;
    }

    /** retract{type}(key, reason), sometimes naming a random revision it expects. */
    private void retract(String type, String key, String keyType, Object retracted, String what) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(key, retracted);
        variables.put("reason", random.nextInt(4) == 0 ? text() : "random");
        variables.put("expected", random.nextInt(3) == 0 ? random.nextInt(4) - 1 : null);
        String document = "mutation($" + key + ": " + keyType + "!, $reason: String!, $expected: Int) { retract" + type
                + "(" + key + ": $" + key + ", reason: $reason, expectedRevision: $expected) { retracted } }";
        assertCodedOrAnswered(GraphQL.postAs(EDITOR, EDITOR_PASSWORD, document, variables).extract().jsonPath(),
                what + " " + variables);
    }

    private int succeeded;
    private int refused;

    private void assertCodedOrAnswered(JsonPath answer, String what) {
        List<Map<String, Object>> errors = answer.getList("errors");
        if (errors == null || errors.isEmpty()) {
            succeeded++;
            return;
        }
        refused++;
        for (Map<String, Object> error : errors) {
            Object extensions = error.get("extensions");
            Object code = extensions instanceof Map<?, ?> map ? map.get("code") : null;
            assertTrue(code != null || "ValidationError".equals(((Map<?, ?>) extensions).get("classification")),
                    what + " got an error without a code: " + answer.prettify());
            assertTrue(!String.valueOf(error.get("message")).contains("System error"), what + ": " + answer.prettify());
        }
    }

    /** SQL that H2 and PostgreSQL both read: the column's date lies outside 1900 to 2100. */
    private static String outOfRange(String column) {
        return "(" + column + " < date '1900-01-01' or " + column + " > date '2100-12-31')";
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The input's key where it is text, for a correction of that entry; {@code fallback} otherwise. */
    private static String key(Map<String, Object> input, String field, String fallback) {
        return input.get(field) instanceof String key ? key : fallback;
    }

    /** record{type}(input), or correct{type}(key, input) when {@code corrected} names the entry to correct. */
    private void write(String type, String key, String keyType, String corrected, Map<String, Object> input,
            String answerField, String what) {
        Map<String, Object> variables = new HashMap<>(Map.of("input", input));
        String document;
        if (corrected == null) {
            document = "mutation($input: " + type + "Input!) { record" + type + "(input: $input) { " + answerField
                    + " } }";
        } else {
            variables.put(key, corrected);
            document = "mutation($" + key + ": " + keyType + "!, $input: " + type + "Input!) { correct" + type + "("
                    + key + ": $" + key + ", input: $input, reason: \"random\") { " + answerField + " } }";
        }
        assertCodedOrAnswered(GraphQL.postAs(EDITOR, EDITOR_PASSWORD, document, variables).extract().jsonPath(),
                what + " " + input);
    }

    @Test
    void randomWritesAreAnsweredWithACodeAndLeaveTheRulesIntact() {
        for (int i = 0; i < 200; i++) {
            // sources first: the meetings and figures of the same round may cite one
            Map<String, Object> source = source(i);
            write("Source", "id", "ID", random.nextInt(3) == 0 ? key(source, "id", "random-source-0") : null, source,
                    "id", "source " + i);
            Map<String, Object> figure = statistic(i);
            write("Statistic", "id", "ID", random.nextInt(3) == 0 ? "random-figure-" + random.nextInt(40) : null,
                    figure, "id", "statistic " + i);
            Map<String, Object> place = place(i);
            write("Place", "code", "String", random.nextInt(3) == 0 ? key(place, "code", "random-place-0") : null,
                    place, "code", "place " + i);
            Map<String, Object> meeting = meeting(i);
            write("Meeting", "id", "ID", random.nextInt(3) == 0 ? key(meeting, "id", "random-meeting-0") : null,
                    meeting, "id", "meeting " + i);
            if (i % 10 == 9) {
                retract("Statistic", "id", "ID", random.nextInt(4) == 0 ? text() : "random-figure-" + random.nextInt(40),
                        "retraction " + i);
                retract("Meeting", "id", "ID", "random-meeting-" + random.nextInt(20), "retraction " + i);
                retract("Source", "id", "ID", "random-source-" + random.nextInt(10), "retraction " + i);
                retract("Place", "code", "String", "random-place-" + random.nextInt(12), "retraction " + i);
            }
        }
        // the mix exercises both ways: neither all refused nor all accepted
        assertTrue(succeeded > 100 && refused > 100, succeeded + " accepted, " + refused + " refused");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(List.of(), PlaceTree.inCycles(Place.listAll()), "places in a cycle");
            assertEquals(0L, ((Number) entityManager.createNativeQuery("select count(*) from trade_statistic"
                    + " where amount_high < amount or reported_growth_percent < -100 or reported_multiple <= 0")
                    .getSingleResult()).longValue(), "figures that break a rule");
            assertEquals(0L, ((Number) entityManager.createNativeQuery("select count(*) from place p"
                    + " join place q on lower(p.code) = lower(q.code) and p.code <> q.code").getSingleResult())
                    .longValue(), "place codes equal but for case");
            assertEquals(0L, count("select count(*) from meeting where date_to < date_from or " + outOfRange("date_from")
                    + " or " + outOfRange("date_to")), "meetings with dates out of order or out of range");
            assertEquals(0L, count("select count(*) from source where " + outOfRange("published_on")),
                    "sources published out of range");
            List<Meeting> meetings = Meeting.listAll();
            assertTrue(meetings.stream().flatMap(m -> Stream.concat(Stream.of(m.title), m.topics.stream()))
                    .noneMatch(text -> text.chars().anyMatch(Character::isISOControl)), "meetings holding control characters");
        });
    }
}
