package org.caravan.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With public reads off, only the configured origins are answered, and they with credentials. */
@QuarkusTest
@TestProfile(TrustedOriginsTest.OnlyTheDesk.class)
public class TrustedOriginsTest {

    private static final String DESK = "https://desk.example";

    public static class OnlyTheDesk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.cors.any-origin", "false", "quarkus.http.cors.origins", DESK);
        }
    }

    @Test
    void aTrustedOriginIsAnsweredWithItsOwnOriginAndCredentials() {
        given().header("Origin", DESK).contentType(ContentType.JSON).body(Map.of("query", "{ sources { id } }"))
                .post("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", DESK)
                .header("Access-Control-Allow-Credentials", "true");
    }

    @Test
    void anotherOriginGetsNoCorsHeadersSoItsPageCannotReadTheAnswer() {
        given().header("Origin", "https://elsewhere.example").contentType(ContentType.JSON)
                .body(Map.of("query", "{ sources { id } }")).post("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .body("data.sources", org.hamcrest.Matchers.notNullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .statusCode(is(org.hamcrest.Matchers.not(204)));
    }
}
