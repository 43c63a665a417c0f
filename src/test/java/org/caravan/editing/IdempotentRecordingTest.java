package org.caravan.editing;

import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.caravan.GraphQL;
import org.caravan.WebSocketGraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/** A record mutation sent again with the same idempotencyKey records once, whatever carries it. */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class IdempotentRecordingTest {

    private static final String RECORD_SOURCE = "mutation($input: SourceInput!, $key: String) {"
            + " recordSource(input: $input, idempotencyKey: $key) { id title revisions { action } } }";
    private static final String RECORD_STATISTIC = "mutation($input: StatisticInput!, $key: String) {"
            + " recordStatistic(input: $input, idempotencyKey: $key) { id } }";

    @TestHTTPResource("/graphql")
    URL endpoint;

    private static Map<String, Object> source(String id, String title) {
        return Map.of("id", id, "title", title, "publishedOn", "2024-05-07", "language", "en");
    }

    private static JsonPath record(String document, Map<String, Object> input, String key) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        variables.put("key", key);
        return GraphQL.postAs(EDITOR, EDITOR_PASSWORD, document, variables).extract().jsonPath();
    }

    private static int sourcesWithId(String id) {
        return GraphQL.post("{ sources { id } }").extract().jsonPath().getList("data.sources.id").stream()
                .filter(id::equals).toList().size();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstEntryInsteadOfASecond() {
        Map<String, Object> input = source("idempotent-article", "An article sent twice");
        JsonPath first = record(RECORD_SOURCE, input, "retry-1");
        assertEquals("idempotent-article", first.getString("data.recordSource.id"));
        JsonPath retry = record(RECORD_SOURCE, input, "retry-1");
        // Without the key this retry is refused as a duplicate id (ReferenceMutationsTest); with it, the same entry.
        assertNull(retry.get("errors"));
        assertEquals("idempotent-article", retry.getString("data.recordSource.id"));
        assertEquals(List.of("RECORDED"), retry.getList("data.recordSource.revisions.action"));
        assertEquals(1, sourcesWithId("idempotent-article"));
    }

    @Test
    void aFigureWithoutAnIdIsRecordedOnceAndTheRetryGetsItsId() {
        Map<String, Object> figure = Map.ofEntries(Map.entry("indicator", "TRADE_VALUE"),
                Map.entry("description", "A figure sent twice"), Map.entry("reporter", "kashgar"),
                Map.entry("flow", "TOTAL"), Map.entry("period", "2031"), Map.entry("amount", "3.5 billion"),
                Map.entry("unit", "CNY"), Map.entry("qualifier", "ABOUT"), Map.entry("source", "kashgar-cashes-in-2023"),
                Map.entry("quote", "a test excerpt"));
        String first = record(RECORD_STATISTIC, figure, "figure-1").getString("data.recordStatistic.id");
        String retry = record(RECORD_STATISTIC, figure, "figure-1").getString("data.recordStatistic.id");
        assertEquals(first, retry);
        GraphQL.post("{ statistics(filter: {reporter: \"kashgar\", period: \"2031\"}) { totalCount } }")
                .body("data.statistics.totalCount", is(1));
    }

    @Test
    void theSameKeyWithAnotherInputIsRefused() {
        record(RECORD_SOURCE, source("keyed-article", "The first input"), "reused-key");
        JsonPath reused = record(RECORD_SOURCE, source("another-keyed-article", "Another input"), "reused-key");
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.getString("errors[0].extensions.code"));
        assertEquals("idempotencyKey", reused.getString("errors[0].extensions.argument"));
        assertEquals(0, sourcesWithId("another-keyed-article"));
    }

    @Test
    void aRefusedCallLeavesItsKeyFree() {
        JsonPath refused = record(RECORD_SOURCE, source("free-key-article", " "), "free-key"); // a blank title
        assertEquals("INVALID_INPUT", refused.getString("errors[0].extensions.code"));
        JsonPath accepted = record(RECORD_SOURCE, source("free-key-article", "Now complete"), "free-key");
        assertEquals("free-key-article", accepted.getString("data.recordSource.id"));
    }

    @Test
    void aKeyWithControlCharactersIsRefused() {
        JsonPath refused = record(RECORD_SOURCE, source("control-key-article", "Title"), "bad\u0000key");
        assertEquals("INVALID_INPUT", refused.getString("errors[0].extensions.code"));
        assertEquals("idempotencyKey", refused.getString("errors[0].extensions.argument"));
    }

    @Test
    void concurrentCallsWithOneKeyRecordOnceAndAnswerWithACode() {
        Map<String, Object> input = source("concurrent-article", "Sent eight times at once");
        List<CompletableFuture<JsonPath>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> record(RECORD_SOURCE, input, "concurrent-key")));
        }
        for (CompletableFuture<JsonPath> call : calls) {
            JsonPath answer = call.join();
            String code = answer.getString("errors[0].extensions.code");
            assertTrue(code == null ? "concurrent-article".equals(answer.getString("data.recordSource.id"))
                    : code.equals("CONFLICT"), answer.prettify());
        }
        assertEquals(1, sourcesWithId("concurrent-article"));
    }

    @Test
    void aRetryOverWebSocketGetsTheEntryRecordedOverHttp() throws Exception {
        Map<String, Object> input = source("websocket-retry-article", "Recorded over HTTP, retried over WebSocket");
        record(RECORD_SOURCE, input, "websocket-retry").getString("data.recordSource.id");
        String basic = "Basic " + Base64.getEncoder().encodeToString((EDITOR + ":" + EDITOR_PASSWORD).getBytes());
        try (WebSocketGraphQL socket = WebSocketGraphQL.open(endpoint, Map.of("Authorization", basic))) {
            socket.send(new JsonObject().put("type", "connection_init"));
            socket.next();
            JsonObject answer = socket.execute("mutation { recordSource(idempotencyKey: \"websocket-retry\", input: {"
                    + " id: \"websocket-retry-article\", title: \"Recorded over HTTP, retried over WebSocket\","
                    + " publishedOn: \"2024-05-07\", language: \"en\" }) { id } }");
            assertEquals("websocket-retry-article", answer.getJsonObject("data").getJsonObject("recordSource")
                    .getString("id"), answer.encode());
        }
        assertEquals(1, sourcesWithId("websocket-retry-article"));
        GraphQL.post("{ sources { id } }").body("errors", nullValue());
    }
}
