package org.caravan.persisted;

import static io.restassured.RestAssured.given;
import static org.caravan.persisted.Sha256.hex;
import static org.caravan.persisted.Sha256.persistedQuery;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

import org.caravan.WebSocketGraphQL;

/** The trusted-documents mode: only the two documents of the test manifest run, on every transport. */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.OnlyTheManifest.class)
public class TrustedDocumentsTest {

    static final String PLACE = "query TrustedPlace($code: String!) { place(code: $code) { code name } }";
    static final String SOURCES = "query TrustedSources { sources { id title } }";

    public static class OnlyTheManifest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.persisted-queries.trusted-documents", "src/test/resources/persisted/apollo-manifest.json");
        }
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void aListedDocumentRunsWholeOrByItsId() throws Exception {
        given().contentType(ContentType.JSON).body(Map.of("query", PLACE, "variables", Map.of("code", "KG")))
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue())
                .body("data.place.code", is("KG"));
        given().queryParam("extensions", new JsonObject(persistedQuery(hex(PLACE))).encode())
                .queryParam("variables", "{\"code\": \"PK\"}").when().get("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.place.code", is("PK"));
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject answer = socket.execute(new JsonObject().put("extensions", new JsonObject(persistedQuery(hex(SOURCES)))));
            assertNull(answer.getJsonArray("errors"));
            assertEquals(true, answer.getJsonObject("data").getJsonArray("sources").size() > 0);
        }
    }

    @Test
    void anythingElseIsRefusedOnEveryTransport() throws Exception {
        String other = "{ places { code } }";
        given().contentType(ContentType.JSON).body(Map.of("query", other)).when().post("/graphql")
                .then().statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_IN_LIST"));
        given().contentType(ContentType.JSON).body(Map.of("query", other, "extensions", persistedQuery(hex(other))))
                .when().post("/graphql").then().body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_IN_LIST"));
        // A listed document with a variation of its text is another document.
        given().contentType(ContentType.JSON).body(Map.of("query", SOURCES + " ")).when().post("/graphql")
                .then().body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_IN_LIST"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", persistedQuery("0".repeat(64))))
                .when().post("/graphql").then().body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_IN_LIST"));
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            assertEquals("PERSISTED_QUERY_NOT_IN_LIST", WebSocketGraphQL.firstErrorCode(socket.execute(other)));
            assertEquals("PERSISTED_QUERY_NOT_IN_LIST", WebSocketGraphQL.firstErrorCode(
                    socket.execute("subscription { statisticRecorded { id } }")));
            // The connection still answers a listed document.
            assertNull(socket.execute(SOURCES).getJsonArray("errors"));
        }
    }
}
