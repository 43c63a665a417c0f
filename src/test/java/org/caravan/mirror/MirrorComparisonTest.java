package org.caravan.mirror;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.editing.EditingProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Both sides of a flow. No flow in the bundled articles is reported by both sides, so an editor records test
 * figures for Kashgar and Tajikistan in 2031 (a year no article speaks of), in the editing tests' own database.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class MirrorComparisonTest {

    private static final String RECORD = "mutation($input: StatisticInput!) { recordStatistic(input: $input) { id } }";
    private static final String MIRROR = """
            query($flow: Flow, $period: String!) {
              mirror(reporter: "kashgar", partner: "TJ", period: $period, flow: $flow) {
                reported { id } mirror { id reporter { code } } comparedIn gapPercent verdict arithmetic } }""";

    private static void record(String id, String reporter, String partner, String flow, String amount, String unit,
            String qualifier, Map<String, Object> converted) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("indicator", "TRADE_VALUE");
        input.put("description", "a test figure for mirror comparisons");
        input.put("reporter", reporter);
        input.put("partner", partner);
        input.put("flow", flow);
        input.put("period", "2031");
        input.put("amount", amount);
        input.put("unit", unit);
        input.put("qualifier", qualifier);
        input.put("source", "kashgar-cashes-in-2023");
        input.put("quote", "a test excerpt");
        if (converted != null) {
            input.put("converted", converted);
        }
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", input)).body("errors", nullValue());
    }

    private static boolean recorded;

    /** Once, before the first test: the HTTP port is known only once a test runs. */
    @BeforeEach
    void recordBothSides() {
        if (recorded) {
            return;
        }
        recorded = true;
        record("test-mirror-kashgar-tj-total-2031", "kashgar", "TJ", "TOTAL", "1.25 billion", "USD", "EXACT", null);
        record("test-mirror-tj-kashgar-total-2031", "TJ", "kashgar", "TOTAL", "1.3 billion", "USD", "ABOUT", null);
        record("test-mirror-kashgar-exports-2031", "kashgar", "TJ", "EXPORT", "0.80 billion", "USD", "EXACT", null);
        record("test-mirror-tj-imports-2031", "TJ", "kashgar", "IMPORT", "0.9 billion", "USD", "EXACT", null);
        record("test-mirror-kashgar-imports-2031", "kashgar", "TJ", "IMPORT", "3.2 billion", "CNY", "EXACT",
                Map.of("amount", "0.45 billion", "unit", "USD", "qualifier", "ABOUT"));
        record("test-mirror-tj-exports-2031", "TJ", "kashgar", "EXPORT", "0.43 billion", "USD", "EXACT", null);
    }

    @Test
    void twoSidesWithinRoundingAgree() {
        // 1.25 billion stands for 1.245 to 1.255; 1.3 billion for 1.25 to 1.35: they meet at 1.25.
        // Gap: (1.3 - 1.25) / 1.25 = 4%.
        GraphQL.post(MIRROR, Map.of("period", "2031", "flow", "TOTAL"))
                .body("errors", nullValue())
                .body("data.mirror.reported.id", is(List.of("test-mirror-kashgar-tj-total-2031")))
                .body("data.mirror[0].mirror.id", is("test-mirror-tj-kashgar-total-2031"))
                .body("data.mirror[0].mirror.reporter.code", is("TJ"))
                .body("data.mirror[0].comparedIn", is("USD"))
                .body("data.mirror[0].gapPercent", is(4.0))
                .body("data.mirror[0].verdict", is("AGREE"));
    }

    @Test
    void kashgarsExportsAreSetBesideTajikistansImportsAndTheGapIsFlagged() {
        // 0.80 billion: 0.795 to 0.805; 0.9 billion: 0.85 to 0.95. Gap (0.9 - 0.8) / 0.8 = 12.5%.
        GraphQL.post(MIRROR, Map.of("period", "2031", "flow", "EXPORT"))
                .body("data.mirror.mirror.id", is(List.of("test-mirror-tj-imports-2031")))
                .body("data.mirror[0].gapPercent", is(12.5))
                .body("data.mirror[0].verdict", is("DIFFER"))
                .body("data.mirror[0].arithmetic", containsString("do not meet"));
    }

    @Test
    void differentCurrenciesAreComparedThroughTheAmountTheArticleStates() {
        // Kashgar's imports are CNY 3.2 billion "(about 0.45 billion dollars)": 0.445 to 0.455 billion USD, beside
        // Tajikistan's exports of 0.43 billion (0.425 to 0.435). Gap (0.43 - 0.45) / 0.45 = -4.444..% = -4.44%.
        GraphQL.post(MIRROR, Map.of("period", "2031", "flow", "IMPORT"))
                .body("data.mirror.mirror.id", is(List.of("test-mirror-tj-exports-2031")))
                .body("data.mirror[0].comparedIn", is("USD"))
                .body("data.mirror[0].gapPercent", is(-4.44))
                .body("data.mirror[0].verdict", is("DIFFER"))
                .body("data.mirror[0].arithmetic", containsString("as its article converts it"));
    }

    @Test
    void aPeriodWithOneSideOrNoneGivesNothingAndBadArgumentsAreCoded() {
        GraphQL.post(MIRROR, Map.of("period", "2030")).body("data.mirror", empty());
        GraphQL.post("{ mirror(reporter: \"kashgar\", partner: \"atlantis\", period: \"2031\") { verdict } }")
                .body("errors[0].extensions.code", is("UNKNOWN_PLACE"))
                .body("errors[0].extensions.argument", is("partner"));
        GraphQL.post("{ mirror(reporter: \"kashgar\", partner: \"TJ\", period: \"2031-H3\") { verdict } }")
                .body("errors[0].extensions.code", is("INVALID_PERIOD"));
    }
}
