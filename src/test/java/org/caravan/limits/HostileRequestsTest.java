package org.caravan.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.caravan.GraphQL;
import org.caravan.WebSocketGraphQL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * The same hostile documents sent over HTTP and over WebSocket (graphql-transport-ws) get the same coded refusal;
 * the WebSocket's own caps (operations per connection, connections per address, connection_init in time, Origin)
 * hold; and the service keeps answering others meanwhile.
 */
@QuarkusTest
@TestProfile(HostileRequestsTest.SmallWebSocketCaps.class)
public class HostileRequestsTest {

    public static class SmallWebSocketCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.websocket.max-operations-per-connection", "3",
                    "caravan.websocket.max-connections-per-address", "4",
                    "caravan.websocket.connection-init-timeout", "1s",
                    "quarkus.http.cors.origins", "https://newsroom.example");
        }
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    /** 30 named fragments, each spreading the next twice: 2^29 copies of the last one once expanded, 1.3 KB of text. */
    static String fragmentExplosion() {
        StringBuilder document = new StringBuilder("query { ...F0 }\n");
        for (int i = 0; i < 29; i++) {
            document.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }\n");
        }
        return document.append("fragment F29 on Query { sources { id } }").toString();
    }

    static Stream<Arguments> hostileDocuments() {
        StringBuilder aliases = new StringBuilder("{ ");
        for (int i = 1; i <= 16; i++) {
            aliases.append("a").append(i).append(": sources { id } ");
        }
        return Stream.of(
                Arguments.of("depth 11", QueryLimitsTest.nestedParents(11), "QUERY_TOO_DEEP"),
                Arguments.of("16 aliases", aliases + "}", "TOO_MANY_ALIASES"),
                Arguments.of("51 directives", "{ sources { " + QueryLimitsTest.repeated("id @include(if: true)", 51)
                        + "} }", "TOO_MANY_DIRECTIVES"),
                Arguments.of("1,000 tokens", "{ sources { " + QueryLimitsTest.repeated("id", 1000) + "} }",
                        "TOO_MANY_TOKENS"),
                Arguments.of("fragment explosion", fragmentExplosion(), "TOO_MANY_FIELDS"),
                // places (200) x statisticsAsReporter (100) x reporter x statisticsAsReporter (100) x consistency
                // (20): two million findings' worth, from 110 bytes; each unpaged list costs its cap.
                Arguments.of("cost bomb through unpaged lists", "{ places { statisticsAsReporter { reporter {"
                        + " statisticsAsReporter { consistency { kind } } } } } }", "QUERY_TOO_COSTLY"),
                Arguments.of("syntax error", "{ sources { id }", "GRAPHQL_PARSE_FAILED"),
                Arguments.of("unknown field", "{ sources { id noSuchField } }", "GRAPHQL_VALIDATION_FAILED"),
                Arguments.of("six operations", "query a { sources { id } } query b { sources { id } }"
                        + " query c { sources { id } } query d { sources { id } } query e { sources { id } }"
                        + " query f { sources { id } }", "TOO_MANY_OPERATIONS"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void refusedAlikeOverHttpAndWebSocket(String what, String document, String code) throws Exception {
        JsonPath overHttp = GraphQL.post(document).extract().jsonPath();
        assertNull(overHttp.get("data"), what);
        assertEquals(code, overHttp.getString("errors[0].extensions.code"), what);
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject overWebSocket = socket.execute(document);
            assertNull(overWebSocket.getValue("data"), what);
            assertEquals(code, WebSocketGraphQL.firstErrorCode(overWebSocket), what + ": " + overWebSocket);
            // the connection stays usable after a refusal
            assertNotNull(socket.execute("{ sources { id } }").getJsonObject("data"), what);
        }
    }

    @Test
    void anOrdinaryQueryCostsTheSameOnBothTransports() throws Exception {
        // sources: 1, then x100 (the listed size of Query.sources) for id and title: 1 + 200 = 201
        String query = "{ sources { id title } }";
        GraphQL.post(query).body("extensions.cost.requested", org.hamcrest.Matchers.is(201));
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject answer = socket.execute(query);
            assertEquals(201, answer.getJsonObject("extensions").getJsonObject("cost").getInteger("requested"));
            assertEquals(5, answer.getJsonObject("data").getJsonArray("sources").size());
        }
    }

    @Test
    void aSubscriptionSentOverHttpIsRefusedWithACode() {
        GraphQL.post("subscription { statisticRecorded { id } }").body("data", org.hamcrest.Matchers.nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.is("SUBSCRIPTION_NEEDS_WEBSOCKET"));
    }

    @Test
    void fourFragmentExplosionsAtOnceAreRefusedAndHealthStillAnswers() {
        List<CompletableFuture<String>> attacks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attacks.add(CompletableFuture.supplyAsync(() -> GraphQL.post(fragmentExplosion()).extract().jsonPath()
                    .getString("errors[0].extensions.code")));
        }
        for (CompletableFuture<String> attack : attacks) {
            assertEquals("TOO_MANY_FIELDS", attack.join());
        }
        RestAssured.get("/q/health/live").then().statusCode(200);
        GraphQL.post("{ sources { id } }").body("data.sources.size()", org.hamcrest.Matchers.is(5));
    }

    @Test
    void aConnectionRunsAtMostItsCapOfOperations() throws Exception {
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            for (int i = 1; i <= 3; i++) {
                socket.subscribe("s" + i, "subscription { statisticRecorded { id } }");
            }
            socket.subscribe("s4", "subscription { statisticRecorded { id } }");
            JsonObject refusal = socket.next();
            assertEquals("s4", refusal.getString("id"));
            assertEquals("error", refusal.getString("type"));
            assertEquals("TOO_MANY_OPERATIONS", WebSocketGraphQL.firstErrorCode(
                    new JsonObject().put("errors", refusal.getJsonArray("payload"))));
            // completing one makes room again
            socket.send(new JsonObject().put("type", "complete").put("id", "s1"));
            Thread.sleep(200);
            JsonObject answer = socket.execute("{ sources { id } }");
            assertNotNull(answer.getJsonObject("data"), answer.encode());
        }
    }

    @Test
    void oneAddressOpensAtMostItsCapOfConnections() throws Exception {
        List<WebSocketGraphQL> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                open.add(WebSocketGraphQL.initialised(endpoint));
            }
            Exception refused = assertThrows(Exception.class, () -> WebSocketGraphQL.open(endpoint).close());
            assertTrue(String.valueOf(refused.getMessage()).contains("429")
                    || String.valueOf(refused.getCause()).contains("429"), refused.toString());
        } finally {
            open.forEach(WebSocketGraphQL::close);
        }
        Thread.sleep(300); // the server has seen the closes
        try (WebSocketGraphQL again = WebSocketGraphQL.initialised(endpoint)) {
            assertNotNull(again.execute("{ sources { id } }").getJsonObject("data"));
        }
    }

    @Test
    void malformedMessagesCloseTheirConnectionWith4400AndOthersGoOn() throws Exception {
        for (JsonObject malformed : List.of(new JsonObject().put("id", "1"), new JsonObject().put("type", 5),
                new JsonObject().put("type", "no-such-type"))) {
            try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
                socket.send(malformed);
                assertEquals((short) 4400, socket.awaitClose(), malformed.encode());
            }
        }
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            socket.send(new JsonObject().put("type", "subscribe").put("id", "x").put("payload", 5));
            assertEquals((short) 4400, socket.awaitClose());
        }
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            assertNotNull(socket.execute("{ sources { id } }").getJsonObject("data"));
        }
    }

    @Test
    void aConnectionWithoutConnectionInitIsClosedWith4408() throws Exception {
        try (WebSocketGraphQL socket = WebSocketGraphQL.open(endpoint)) {
            assertEquals((short) 4408, socket.awaitClose());
        }
    }

    @Test
    void aPageFromAnotherOriginCannotOpenAWebSocket() throws Exception {
        Exception refused = assertThrows(Exception.class,
                () -> WebSocketGraphQL.open(endpoint, Map.of("Origin", "https://evil.example")).close());
        assertTrue(String.valueOf(refused.getMessage()).contains("403")
                || String.valueOf(refused.getCause()).contains("403"), refused.toString());
        String self = "http://" + endpoint.getHost() + ":" + endpoint.getPort();
        for (String allowed : List.of(self, "https://newsroom.example")) { // the service's own pages, and configured ones
            try (WebSocketGraphQL socket = WebSocketGraphQL.open(endpoint, Map.of("Origin", allowed))) {
                socket.send(new JsonObject().put("type", "connection_init"));
                assertEquals("connection_ack", socket.next().getString("type"), allowed);
            }
        }
    }
}
