package org.caravan.persisted;

import static io.restassured.RestAssured.given;
import static org.caravan.persisted.Sha256.hex;
import static org.caravan.persisted.Sha256.persistedQuery;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

import org.caravan.WebSocketGraphQL;

/**
 * Apollo's automatic persisted queries, as its persisted-query link speaks them: the hash alone first, the
 * document with its hash when the hash is unknown, then the hash alone again, by POST, GET and WebSocket.
 */
@QuarkusTest
public class AutomaticPersistedQueriesTest {

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void anUnknownHashIsAskedForThenRunsAlone() throws Exception {
        // Unique to this test, so that no other test has registered it.
        String query = "query PersistedPlace { place(code: \"xinjiang\") { name persistedProbe: code } }";
        String hash = hex(query);
        Map<String, Object> extensions = persistedQuery(hash);

        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions)).when().post("/graphql")
                .then().statusCode(200).body("data", nullValue())
                .body("errors[0].message", is("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("extensions", extensions)).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"));

        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", extensions))
                .when().post("/graphql").then().statusCode(200).body("data.place.persistedProbe", is("xinjiang"));

        given().queryParam("extensions", new JsonObject(extensions).encode()).when().get("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.place.persistedProbe", is("xinjiang"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions)).when().post("/graphql")
                .then().statusCode(200).body("data.place.persistedProbe", is("xinjiang"));
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject answer = socket.execute(new JsonObject().put("extensions", new JsonObject(extensions)));
            assertEquals("xinjiang", answer.getJsonObject("data").getJsonObject("place").getString("persistedProbe"));
        }
    }

    @Test
    void aHashMustBeTheDocuments() throws Exception {
        String query = "{ places { code } }";
        given().contentType(ContentType.JSON).body(Map.of("query", query, "extensions", persistedQuery(hex(query + " "))))
                .when().post("/graphql").then().statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_HASH_MISMATCH"));
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject answer = socket.execute(new JsonObject().put("query", query)
                    .put("extensions", new JsonObject(persistedQuery(hex("{ sources { id } }")))));
            assertEquals("PERSISTED_QUERY_HASH_MISMATCH", WebSocketGraphQL.firstErrorCode(answer));
        }
    }

    @Test
    void malformedPersistedQueries() {
        for (Object persisted : new Object[] { "abc", Map.of("version", 2, "sha256Hash", "0".repeat(64)),
                Map.of("version", 1, "sha256Hash", "XYZ"), Map.of("version", 1) }) {
            given().contentType(ContentType.JSON).body(Map.of("extensions", Map.of("persistedQuery", persisted)))
                    .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", is("INVALID_REQUEST"));
        }
    }

    @Test
    void aRefusedDocumentIsNotRemembered() throws Exception {
        String tooDeep = "{ places { routes { from { routes { from { routes { from { routes { from { routes { from {"
                + " routes { from { code } } } } } } } } } } } } } }";
        Map<String, Object> extensions = persistedQuery(hex(tooDeep));
        given().contentType(ContentType.JSON).body(Map.of("query", tooDeep, "extensions", extensions))
                .when().post("/graphql").then().statusCode(200).body("errors[0].extensions.code", is("QUERY_TOO_DEEP"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", extensions))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"));
    }
}
