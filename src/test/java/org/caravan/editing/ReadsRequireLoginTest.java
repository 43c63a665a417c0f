package org.caravan.editing;

import static io.restassured.RestAssured.given;
import static org.caravan.editing.EditingProfile.READER;
import static org.caravan.editing.EditingProfile.READER_PASSWORD;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.net.URL;
import java.util.Base64;
import java.util.Map;

import org.caravan.GraphQL;
import org.caravan.WebSocketGraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Reads are open by default; an operator can require a login for them with Quarkus' HTTP permissions. */
@QuarkusTest
@TestProfile(ReadsRequireLoginTest.ClosedReads.class)
public class ReadsRequireLoginTest {

    public static class ClosedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new EditingProfile().getConfigOverrides());
            config.put("quarkus.http.auth.permission.readers.paths", "/graphql,/graphql/*");
            config.put("quarkus.http.auth.permission.readers.policy", "authenticated");
            return config;
        }
    }

    @Test
    void anonymousReadsAreRefusedAndReadersAreAnswered() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ sources { id } }"))
                .post("/graphql").then().statusCode(401);
        GraphQL.postAs(READER, READER_PASSWORD, "{ statistic(id: \"kashgar-trade-2022\") { printedAmount } }")
                .body("data.statistic.printedAmount", is("49.31 billion"));
    }

    /** A browser asks before it sends the login: the preflight is answered, the read itself still needs the login. */
    @Test
    void aPreflightIsAnsweredWithoutALogin() {
        given().header("Origin", "https://newsroom.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options("/graphql").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", "authorization, content-type");
        given().header("Origin", "https://newsroom.example").contentType(ContentType.JSON)
                .body(Map.of("query", "{ sources { id } }")).post("/graphql").then().statusCode(401);
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Test
    void anonymousWebSocketsAreRefusedAndReadersAreAnswered() throws Exception {
        Exception refused = assertThrows(Exception.class, () -> WebSocketGraphQL.open(endpoint).close());
        assertTrue(String.valueOf(refused.getMessage()).contains("401"), refused.toString());
        String basic = "Basic " + Base64.getEncoder().encodeToString((READER + ":" + READER_PASSWORD).getBytes());
        try (WebSocketGraphQL socket = WebSocketGraphQL.open(endpoint, Map.of("Authorization", basic))) {
            socket.send(new JsonObject().put("type", "connection_init"));
            assertEquals("connection_ack", socket.next().getString("type"));
            assertEquals(5, socket.execute("{ sources { id } }").getJsonObject("data").getJsonArray("sources").size());
        }
    }
}
