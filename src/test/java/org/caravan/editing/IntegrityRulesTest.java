package org.caravan.editing;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** The rules every write passes, each refused with a stable code and the field it concerns. */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class IntegrityRulesTest {

    private static final String RECORD_STATISTIC = "mutation($input: StatisticInput!) {"
            + " recordStatistic(input: $input) { id value valueHigh } }";

    private static Map<String, Object> figure(String id, Map<String, Object> changes) {
        Map<String, Object> input = new HashMap<>(Map.ofEntries(Map.entry("id", id),
                Map.entry("indicator", "TRADE_VALUE"), Map.entry("description", "A test figure"),
                Map.entry("reporter", "kashgar"), Map.entry("flow", "TOTAL"), Map.entry("period", "2030"),
                Map.entry("amount", "2.5 billion"), Map.entry("unit", "CNY"), Map.entry("qualifier", "ABOUT"),
                Map.entry("source", "kashgar-cashes-in-2023"), Map.entry("quote", "a test excerpt")));
        input.putAll(changes);
        return input;
    }

    private static ValidatableResponse record(String id, Map<String, Object> changes) {
        return GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD_STATISTIC, Map.of("input", figure(id, changes)));
    }

    private static void refused(ValidatableResponse answer, String code, String argument) {
        String body = answer.extract().asString();
        answer.body("data", nullValue());
        assertEquals(code, answer.extract().path("errors[0].extensions.code"), body);
        assertEquals(argument, answer.extract().path("errors[0].extensions.argument"), body);
    }

    @Test
    void placeCodesAreUniqueIgnoringCaseAndIsoCodesAreUnique() {
        String record = "mutation($input: PlaceInput!) { recordPlace(input: $input) { code } }";
        refused(GraphQL.postAs(EDITOR, EDITOR_PASSWORD, record, Map.of("input", Map.of("code", "pk",
                "name", "A shadow of Pakistan", "kind", "CITY"))), "DUPLICATE_ID", "input.code");
        refused(GraphQL.postAs(EDITOR, EDITOR_PASSWORD, record, Map.of("input", Map.of("code", "pakistan-two",
                "name", "A second Pakistan", "kind", "COUNTRY", "iso3", "PAK"))), "DUPLICATE_ID", "input.iso3");
    }

    @Test
    void rangesAreOrderedGrowthFallsAtMostAllAndMultiplesArePositive() {
        refused(record("rule-range", Map.of("amount", "30-25")), "INVALID_INPUT", "input.amount");
        refused(record("rule-growth", Map.of("growthPercent", "-1000000")), "INVALID_INPUT", "input.growthPercent");
        refused(record("rule-growth-long", Map.of("growthPercent", "1" + "0".repeat(30))), "INVALID_INPUT",
                "input.growthPercent");
        refused(record("rule-multiple", Map.of("multiple", "0", "multipleWording", "FOLD")), "INVALID_INPUT",
                "input.multiple");
        // a fall of exactly 100% is possible: trade that stopped
        record("rule-growth-all", Map.of("growthPercent", "-100")).body("errors", nullValue());
    }

    @Test
    void thousandsSeparatorsAreRead() {
        // 1,234.5 million = 1,234,500,000
        record("rule-separators", Map.of("amount", "1,234.5 million"))
                .body("errors", nullValue())
                .body("data.recordStatistic.value", is(1234500000));
    }

    @Test
    void datesAndPeriodsLieBetween1900And2100() {
        refused(record("rule-period", Map.of("period", "1850")), "INVALID_PERIOD", "input.period");
        String source = "mutation($input: SourceInput!) { recordSource(input: $input) { id } }";
        refused(GraphQL.postAs(EDITOR, EDITOR_PASSWORD, source, Map.of("input", Map.of("id", "far-future-article",
                "title", "A far future article", "publishedOn", "+999999999-01-01", "language", "en"))),
                "INVALID_INPUT", "input.publishedOn");
    }
}
