package org.caravan.editing;

import static org.caravan.Inputs.with;
import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.caravan.editing.EditingProfile.READER;
import static org.caravan.editing.EditingProfile.READER_PASSWORD;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(EditingProfile.class)
public class StatisticMutationsTest {

    private static final String RECORD = """
            mutation Record($input: StatisticInput!) {
              recordStatistic(input: $input) { id value unit qualifier period { label } reporter { code }
                citation { quote source { id } } revisions { number action author reason } } }""";
    private static final String CORRECT = """
            mutation Correct($id: ID!, $input: StatisticInput!, $reason: String!) {
              correctStatistic(id: $id, input: $input, reason: $reason) { id value printedAmount
                revisions { number action author reason snapshot } } }""";
    private static final String RETRACT = """
            mutation Retract($id: ID!, $reason: String!) { retractStatistic(id: $id, reason: $reason) { id retracted } }""";
    private static final String COUNT = "{ statistics(first: 0, filter: {includeRetracted: true}) { totalCount } }";

    private static Map<String, Object> figure(String id, String amount) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("indicator", "TRADE_VALUE");
        input.put("description", "Kashgar's foreign trade, a test figure");
        input.put("reporter", "kashgar");
        input.put("flow", "TOTAL");
        input.put("period", "2024");
        input.put("amount", amount);
        input.put("unit", "CNY");
        input.put("qualifier", "EXACT");
        input.put("source", "kashgar-cashes-in-2023");
        input.put("quote", "a test excerpt");
        return input;
    }

    private static int count() {
        return GraphQL.post(COUNT).extract().path("data.statistics.totalCount");
    }

    @Test
    void anonymousAndReadOnlyCallersAreRefusedAndNothingIsWritten() {
        int before = count();
        GraphQL.post(RECORD, Map.of("input", figure("refused-figure", "1 billion")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        GraphQL.postAs(READER, READER_PASSWORD, RECORD, Map.of("input", figure("refused-figure", "1 billion")))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        GraphQL.post(RETRACT, Map.of("id", "kashgar-trade-2022", "reason", "no"))
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        GraphQL.post("{ statistic(id: \"refused-figure\") { id } }").body("data.statistic", nullValue());
        GraphQL.post("{ statistic(id: \"kashgar-trade-2022\") { retracted revisions { number } } }")
                .body("data.statistic.retracted", is(false))
                .body("data.statistic.revisions", is(List.of()));
        org.junit.jupiter.api.Assertions.assertEquals(before, count());
    }

    @Test
    void anEditorRecordsAFigureThatIsThenServedWithItsRevision() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("kashgar-trade-2024-test", "61.5 billion")))
                .body("errors", nullValue())
                .body("data.recordStatistic.value", is(61500000000L))
                .body("data.recordStatistic.period.label", is("2024"))
                .body("data.recordStatistic.citation.source.id", is("kashgar-cashes-in-2023"))
                .body("data.recordStatistic.revisions.action", is(List.of("RECORDED")))
                .body("data.recordStatistic.revisions[0].author", is(EDITOR));
        GraphQL.post("{ statistics(filter: {reporter: \"kashgar\", period: \"2024\"}) { edges { node { id } } } }")
                .body("data.statistics.edges.node.id", is(List.of("kashgar-trade-2024-test")));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("kashgar-trade-2024-test", "1 billion")))
                .body("errors[0].extensions.code", is("DUPLICATE_ID"));
    }

    @Test
    void aCorrectionKeepsTheEarlierVersion() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, Map.of("id", "xinjiang-trade-2022",
                "input", with(with(with(with(figure("xinjiang-trade-2022", "247 billion"), "reporter", "xinjiang"),
                        "period", "2022"), "source", "zhumangarin-ma-xingrui-urumqi-2023"),
                        "quote", "Last year, the total trade turnover of XUAR reached 246 billion yuan ($33.8 billion)"),
                "reason", "test correction"))
                .body("errors", nullValue())
                .body("data.correctStatistic.value", is(247000000000L))
                .body("data.correctStatistic.revisions.action", is(List.of("IMPORTED", "CORRECTED")))
                .body("data.correctStatistic.revisions[0].author", is("bundled dataset"))
                .body("data.correctStatistic.revisions[0].snapshot", containsString("\"amount\":\"246 billion\""))
                .body("data.correctStatistic.revisions[1].reason", is("test correction"))
                .body("data.correctStatistic.revisions[1].snapshot", containsString("\"amount\":\"247 billion\""));
        GraphQL.post("{ statistic(id: \"xinjiang-trade-2022\") { printedAmount } }")
                .body("data.statistic.printedAmount", is("247 billion"));
    }

    @Test
    void aRetractionHidesTheFigureButKeepsIt() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RETRACT, Map.of("id", "kashgar-trade-2013", "reason", "test retraction"))
                .body("errors", nullValue())
                .body("data.retractStatistic.retracted", is(true));
        GraphQL.post("{ statistics(first: 100) { edges { node { id } } } }")
                .body("data.statistics.edges.node.id", not(hasItem("kashgar-trade-2013")));
        GraphQL.post("{ statistics(first: 100, filter: {includeRetracted: true}) { edges { node { id } } } }")
                .body("data.statistics.edges.node.id", hasItem("kashgar-trade-2013"));
        GraphQL.post("{ statistic(id: \"kashgar-trade-2013\") { retracted revisions { action reason } } }")
                .body("data.statistic.retracted", is(true))
                .body("data.statistic.revisions.action", is(List.of("IMPORTED", "RETRACTED")));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RETRACT, Map.of("id", "kashgar-trade-2013", "reason", "again"))
                .body("errors[0].extensions.code", is("ALREADY_RETRACTED"));
    }

    private static final String HISTORY = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              statistic(id: "history-figure") { history(first: $first, after: $after, last: $last, before: $before) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { number } } } } }""";

    @Test
    void theHistoryPagesBothWaysAsARelayConnection() {
        // Recorded (revision 1), then corrected four times (2 to 5).
        // (In 2027, a year no other test uses.)
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input",
                with(figure("history-figure", "1 billion"), "period", "2027"))).body("errors", nullValue());
        for (int i = 2; i <= 5; i++) {
            GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, Map.of("id", "history-figure", "input",
                    with(figure("history-figure", i + " billion"), "period", "2027"), "reason", "correction " + i))
                    .body("errors", nullValue());
        }
        var first = GraphQL.post(HISTORY, Map.of("first", 2)).body("errors", nullValue())
                .body("data.statistic.history.totalCount", is(5))
                .body("data.statistic.history.edges.node.number", is(List.of(1, 2)))
                .body("data.statistic.history.pageInfo.hasNextPage", is(true))
                .body("data.statistic.history.pageInfo.hasPreviousPage", is(false)).extract();
        GraphQL.post(HISTORY, Map.of("first", 2, "after", first.path("data.statistic.history.pageInfo.endCursor")))
                .body("data.statistic.history.edges.node.number", is(List.of(3, 4)));
        var latest = GraphQL.post(HISTORY, Map.of("last", 2))
                .body("data.statistic.history.edges.node.number", is(List.of(4, 5)))
                .body("data.statistic.history.pageInfo.hasPreviousPage", is(true))
                .body("data.statistic.history.pageInfo.hasNextPage", is(false)).extract();
        GraphQL.post(HISTORY, Map.of("last", 2, "before", latest.path("data.statistic.history.pageInfo.startCursor")))
                .body("data.statistic.history.edges.node.number", is(List.of(2, 3)))
                .body("data.statistic.history.pageInfo.hasNextPage", is(true));
        GraphQL.post(HISTORY, Map.of("last", 2, "before", "bm90LWEtY3Vyc29y"))
                .body("errors[0].extensions.code", is("INVALID_CURSOR"));
        GraphQL.post(HISTORY, Map.of("first", 2, "last", 2))
                .body("errors[0].extensions.code", is("INVALID_INPUT"));
    }

    @Test
    void invalidInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        int before = count();
        Map<String, Object> valid = figure("invalid-figure", "2 billion");
        Map<Map<String, Object>, List<String>> cases = Map.of(
                with(valid, "quote", " "), List.of("INVALID_INPUT", "input.quote"),
                with(valid, "amount", "-5 billion"), List.of("INVALID_INPUT", "input.amount"),
                with(valid, "reporter", "atlantis"), List.of("UNKNOWN_PLACE", "input.reporter"),
                with(valid, "source", "no-such-article"), List.of("UNKNOWN_SOURCE", "input.source"),
                with(valid, "period", "2024-06..2024-01"), List.of("INVALID_PERIOD", "input.period"),
                with(valid, "growthPercent", "a lot"), List.of("INVALID_INPUT", "input.growthPercent"),
                with(valid, "multiple", "3.96"), List.of("INVALID_INPUT", "input.multipleWording"),
                with(valid, "growthCurrency", "USD"), List.of("INVALID_INPUT", "input.growthCurrency"),
                with(with(valid, "growthPercent", "5"), "growthCurrency", "KM2"),
                List.of("INVALID_INPUT", "input.growthCurrency"),
                with(valid, "id", "Not An Id"), List.of("INVALID_INPUT", "input.id"));
        cases.forEach((input, expected) -> GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is(expected.get(0)))
                .body("errors[0].extensions.argument", is(expected.get(1))));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, Map.of("id", "kashgar-trade-2022", "input",
                with(figure("kashgar-trade-2022", "1 billion"), "quote", ""), "reason", "bad"))
                .body("errors[0].extensions.code", is("INVALID_INPUT"));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, CORRECT, Map.of("id", "kashgar-trade-2022", "input",
                figure("another-id", "1 billion"), "reason", "renaming is not correcting"))
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("input.id"));
        GraphQL.post("{ statistic(id: \"kashgar-trade-2022\") { printedAmount revisions { number } } }")
                .body("data.statistic.printedAmount", is("49.31 billion"))
                .body("data.statistic.revisions", is(List.of()));
        org.junit.jupiter.api.Assertions.assertEquals(before, count());
    }

    @Test
    void aWriteIsVisibleAtOnceToAQueryAnsweredBeforeIt() {
        String kashgar2024 = "{ statistics(filter: {reporter: \"kashgar\", period: \"2024\"}) { totalCount } }";
        int before = GraphQL.post(kashgar2024).extract().path("data.statistics.totalCount");
        GraphQL.post(kashgar2024).body("data.statistics.totalCount", is(before)); // now answered from the cache
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("input", figure("cache-test-figure", "3 billion")))
                .body("errors", nullValue());
        GraphQL.post(kashgar2024).body("data.statistics.totalCount", is(before + 1));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RETRACT, Map.of("id", "cache-test-figure", "reason", "a test"))
                .body("errors", nullValue());
        GraphQL.post(kashgar2024).body("data.statistics.totalCount", is(before));
    }
}
