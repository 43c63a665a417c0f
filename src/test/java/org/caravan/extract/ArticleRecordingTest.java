package org.caravan.extract;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.caravan.editing.EditingProfile.READER;
import static org.caravan.editing.EditingProfile.READER_PASSWORD;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.WebSocketGraphQL;
import org.caravan.editing.EditingProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * From an article's text to stored figures: extractFigures proposes, recordArticle records the article and the
 * figures accepted, all or nothing. The text is two sentences of a Xinhua report (URL below).
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class ArticleRecordingTest {

    /** https://eng.yidaiyilu.gov.cn/qwyw/rdxw/319804.htm, 22 May 2023 (two sentences). */
    static final String TEXT = "URUMQI, May 22 (Xinhua) -- Northwest China's Xinjiang Uygur Autonomous Region saw its"
            + " foreign trade with the five Central Asian countries increase by 92.2 percent to 75.11 billion yuan"
            + " (about 10.7 billion U.S. dollars) in the first four months of the year, according to Urumqi customs.\n"
            + "Among them, Xinjiang's import and export to Kazakhstan reached 35.48 billion yuan, an increase of 121.7"
            + " percent.";

    private static final String EXTRACT = """
            query Extract($text: String!, $publishedOn: Date) {
              extractFigures(text: $text, publishedOn: $publishedOn) {
                quote start end amount printedAmount value unit qualifier indicator flow growthPercent description
                period { label } reporterName reporter { code } partnerName partner { code }
                converted { amount value unit qualifier } } }""";
    private static final String RECORD = """
            mutation Record($source: SourceInput!, $statistics: [StatisticInput!]!) {
              recordArticle(source: $source, statistics: $statistics) {
                source { id url }
                recorded { id value citation { quote source { id } } }
                alreadyStored { index statistic { id } } consistency { kind verdict } } }""";

    static Map<String, Object> article(String id, String url) {
        return Map.of("id", id, "title", "Xinjiang sees significant trade growth with Central Asia in Jan-April",
                "outlet", "Belt and Road Portal", "publishedOn", "2023-05-22", "url", url, "language", "en");
    }

    /** A figure as the review page sends it once accepted. */
    static Map<String, Object> figure(String source, String amount, String period, String partner, String quote) {
        Map<String, Object> input = new HashMap<>();
        input.put("source", source);
        input.put("indicator", "TRADE_VALUE");
        input.put("description", "Xinjiang's imports and exports with " + partner);
        input.put("reporter", "xinjiang");
        input.put("partner", partner);
        input.put("flow", "TOTAL");
        input.put("period", period);
        input.put("amount", amount);
        input.put("unit", "CNY");
        input.put("qualifier", "EXACT");
        input.put("quote", quote);
        return input;
    }

    @Test
    void extractionIsForEditorsAndProposesEachFigureWithItsFields() {
        int amountAt = TEXT.indexOf("75.11 billion yuan");
        Map<String, Object> variables = Map.of("text", TEXT, "publishedOn", "2023-05-22");
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, EXTRACT, variables)
                .body("errors", nullValue())
                .body("data.extractFigures", hasSize(2))
                .body("data.extractFigures[0].amount", is("75.11 billion yuan"))
                .body("data.extractFigures[0].printedAmount", is("75.11 billion"))
                .body("data.extractFigures[0].start", is(amountAt))
                .body("data.extractFigures[0].end", is(amountAt + "75.11 billion yuan".length()))
                .body("data.extractFigures[0].value", is(75_110_000_000L))
                .body("data.extractFigures[0].unit", is("CNY"))
                .body("data.extractFigures[0].growthPercent", is(92.2))
                .body("data.extractFigures[0].period.label", is("2023-01..2023-04"))
                .body("data.extractFigures[0].reporter.code", is("xinjiang"))
                .body("data.extractFigures[0].partner.code", is("central-asia"))
                .body("data.extractFigures[0].converted.value", is(10_700_000_000L))
                .body("data.extractFigures[0].converted.qualifier", is("ABOUT"))
                .body("data.extractFigures[1].partnerName", is("Kazakhstan"))
                .body("data.extractFigures[1].partner.code", is("KZ"))
                .body("data.extractFigures[1].growthPercent", is(121.7))
                .body("data.extractFigures[1].period.label", is("2023-01..2023-04"))
                .body("data.extractFigures[1].description", is("Xinjiang's imports and exports with Kazakhstan"))
                .body("data.extractFigures[1].quote", is(TEXT.substring(TEXT.indexOf("Among them"))));

        // The same request again, without the editor's login: refused, not answered from the editor's answer.
        GraphQL.post(EXTRACT, variables).body("data", nullValue())
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        GraphQL.postAs(READER, READER_PASSWORD, EXTRACT, variables)
                .body("errors[0].extensions.code", is("FORBIDDEN"));
    }

    @Test
    void tooLongATextIsRefusedWithItsArgumentNamed() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, EXTRACT, Map.of("text", "1 billion yuan. ".repeat(4_000)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("text"));
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void overWebSocketTheSameRefusalsHoldAndARefusedArticleLeavesNothing() throws Exception {
        try (WebSocketGraphQL anonymous = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject answer = anonymous.execute(new JsonObject().put("query", EXTRACT)
                    .put("variables", new JsonObject().put("text", TEXT)));
            assertEquals("UNAUTHENTICATED", WebSocketGraphQL.firstErrorCode(answer), answer.encode());
        }
        String basic = "Basic " + Base64.getEncoder().encodeToString((EDITOR + ":" + EDITOR_PASSWORD).getBytes());
        try (WebSocketGraphQL editor = WebSocketGraphQL.open(endpoint, Map.of("Authorization", basic))) {
            editor.send(new JsonObject().put("type", "connection_init"));
            assertEquals("connection_ack", editor.next().getString("type"));
            JsonObject tooLong = editor.execute(new JsonObject().put("query", EXTRACT)
                    .put("variables", new JsonObject().put("text", "1 billion yuan. ".repeat(4_000))));
            assertEquals("INVALID_INPUT", WebSocketGraphQL.firstErrorCode(tooLong), tooLong.encode());

            int before = count();
            String quote = "Xinjiang's import and export to Kazakhstan reached 35.48 billion yuan";
            JsonObject refused = editor.execute(new JsonObject().put("query", RECORD).put("variables", new JsonObject(
                    Map.of("source", article("refused-over-websocket", "https://example.org/refused-ws"),
                            "statistics", List.of(figure("refused-over-websocket", "35.48 billion", "2023-01..2023-04",
                                    "KZ", quote), figure("refused-over-websocket", "75.11 billion", "lately",
                                    "central-asia", quote))))));
            assertEquals("INVALID_PERIOD", WebSocketGraphQL.firstErrorCode(refused), refused.encode());
            assertEquals(before, count(), "the first figure, valid, is not stored either");
        }
        GraphQL.post("{ node(id: \"refused-over-websocket\") { id } }").body("data.node", nullValue());
    }

    @Test
    void aLongTextWithoutFullStopsIsReadWithinTheTimeLimit() {
        // 60,000 characters, one "sentence" of 6,000 numbers: the first 100 proposals, and a note that there were more
        String text = "from 1 to 2 in No. 3 the 45 of ".repeat(1_935);
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, EXTRACT, Map.of("text", text))
                .body("data.extractFigures", hasSize(100))
                .body("errors[0].extensions.code", is("LIST_TRUNCATED"))
                .body("errors", hasSize(1));
    }

    @Test
    void anArticleAndItsFiguresAreRecordedOnceAndAFigureGivenAgainIsFlagged() {
        String url = "https://eng.yidaiyilu.gov.cn/qwyw/rdxw/319804.htm";
        String first = "Xinjiang Uygur Autonomous Region saw its foreign trade with the five Central Asian countries"
                + " increase by 92.2 percent to 75.11 billion yuan";
        String second = "Xinjiang's import and export to Kazakhstan reached 35.48 billion yuan";
        String id = "yidaiyilu-xinjiang-central-asia-2023";
        List<Map<String, Object>> figures = List.of(figure(id, "75.11 billion", "2023-01..2023-04", "central-asia", first),
                figure(id, "35.48 billion", "2023-01..2023-04", "KZ", second));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("source", article("yidaiyilu-xinjiang-central-asia-2023",
                url), "statistics", figures))
                .body("errors", nullValue())
                .body("data.recordArticle.source.id", is("yidaiyilu-xinjiang-central-asia-2023"))
                .body("data.recordArticle.recorded", hasSize(2))
                .body("data.recordArticle.recorded[0].value", is(75_110_000_000L))
                .body("data.recordArticle.recorded[0].citation.source.id", is("yidaiyilu-xinjiang-central-asia-2023"))
                .body("data.recordArticle.alreadyStored", hasSize(0));
        GraphQL.post("{ statistics(first: 5, filter: {source: \"yidaiyilu-xinjiang-central-asia-2023\"}) {"
                + " edges { node { value revisions { action author } } } } }")
                .body("data.statistics.edges.node.value", containsInAnyOrder(75_110_000_000L, 35_480_000_000L))
                .body("data.statistics.edges.node.revisions.action.flatten()", is(List.of("RECORDED", "RECORDED")))
                .body("data.statistics.edges.node.revisions.author.flatten()", is(List.of(EDITOR, EDITOR)));
        GraphQL.post("{ node(id: \"yidaiyilu-xinjiang-central-asia-2023\") { ... on Source { url revisions { action } } } }")
                .body("data.node.url", is(url))
                .body("data.node.revisions[0].action", is("RECORDED"));

        // Again, under another id but at the same web address: the stored article, and nothing recorded twice.
        String stored = GraphQL.post("{ statistics(first: 1, filter: {source: \"yidaiyilu-xinjiang-central-asia-2023\""
                + ", partner: \"KZ\"}) { edges { node { id } } } }").extract().path("data.statistics.edges[0].node.id");
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("source", article("another-id-same-article", url),
                "statistics", List.of(figure("another-id-same-article", "35.48 billion", "2023-01..2023-04", "KZ", second))))
                .body("errors", nullValue())
                .body("data.recordArticle.source.id", is("yidaiyilu-xinjiang-central-asia-2023"))
                .body("data.recordArticle.recorded", hasSize(0))
                .body("data.recordArticle.alreadyStored[0].index", is(0))
                .body("data.recordArticle.alreadyStored[0].statistic.id", is(stored));
        GraphQL.post("{ node(id: \"another-id-same-article\") { id } }").body("data.node", nullValue());
    }

    private static int count() {
        return GraphQL.post("{ statistics(first: 0, filter: {includeRetracted: true}) { totalCount } }").extract()
                .path("data.statistics.totalCount");
    }

    @Test
    void aFigureThatFailsLeavesNothingOfTheArticleBehind() {
        int before = count();
        String quote = "Xinjiang's import and export to Kazakhstan reached 35.48 billion yuan";
        List<Map<String, Object>> figures = List.of(figure("refused-article", "35.48 billion", "2023-01..2023-04", "KZ",
                quote), figure("refused-article", "75.11 billion", "the first four months", "central-asia", quote));
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("source", article("refused-article",
                "https://example.org/refused"), "statistics", figures))
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("INVALID_PERIOD"))
                .body("errors[0].extensions.argument", is("statistics[1].period"))
                .body("errors[0].message", containsString("the first four months"));
        GraphQL.post("{ node(id: \"refused-article\") { id } }").body("data.node", nullValue());
        assertEquals(before, count(), "the first figure, valid, is not stored either");

        Map<String, Object> invalid = new HashMap<>(figure("refused-article", "35.48 billion", "2023-01..2023-04", "KZ",
                quote));
        invalid.put("description", " ");
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("source", article("refused-article",
                "https://example.org/refused"), "statistics", List.of(invalid)))
                .body("errors[0].extensions.code", is("INVALID_INPUT"))
                .body("errors[0].extensions.argument", is("statistics[0].description"));
        GraphQL.post("{ node(id: \"refused-article\") { id } }").body("data.node", nullValue());
    }

    @Test
    void theChecksOnTheNewFiguresComeWithTheAnswer() {
        // https://newscentralasia.net/?p=39089: "amounting to 357 billion yuan ... With a 45.9% year-on-year growth".
        // The bundled dataset has 246 billion yuan for 2022; 357 / 1.459 is 244.7, and even at the edges of their
        // rounding (357.5 / 1.4585 = 245.1) the two articles do not meet 245.5, the lowest "246 billion" can be.
        Map<String, Object> year = figure("newscentralasia-xuar-trade-2023", "357 billion", "2023", "central-asia",
                "amounting to 357 billion yuan");
        year.remove("partner");
        year.put("description", "Xinjiang's imports and exports");
        year.put("growthPercent", "45.9");
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("source", Map.of("id", "newscentralasia-xuar-trade-2023",
                "title", "Central Asia is the largest trading partner of Xinjiang", "outlet", "News Central Asia",
                "publishedOn", "2024-01-29", "url", "https://newscentralasia.net/?p=39089", "language", "en"),
                "statistics", List.of(year)))
                .body("errors", nullValue())
                .body("data.recordArticle.consistency.find { it.kind == 'REPORTED_GROWTH' }.verdict", is("INCONSISTENT"));
    }

    @Test
    void anIdTakenByAnotherArticleIsRefused() {
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("source", article("kashgar-cashes-in-2023",
                "https://example.org/not-that-one"), "statistics", List.of()))
                .body("errors[0].extensions.code", is("DUPLICATE_ID"))
                .body("errors[0].extensions.argument", is("source.id"));
        // ids are unique across every type: a statistic's id cannot name an article
        GraphQL.postAs(EDITOR, EDITOR_PASSWORD, RECORD, Map.of("source", article("kashgar-trade-2022",
                "https://example.org/a-new-one"), "statistics", List.of()))
                .body("errors[0].extensions.code", is("DUPLICATE_ID"))
                .body("errors[0].extensions.argument", is("source.id"));
        GraphQL.post("{ node(id: \"kashgar-trade-2022\") { __typename } }").body("data.node.__typename",
                is("TradeStatistic"));
    }
}
