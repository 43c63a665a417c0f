package org.caravan.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * The time limit, set so low that a real query cannot meet it; QueryLimitsTest shows the same kind of query
 * answered under the default limit.
 */
@QuarkusTest
@TestProfile(RequestTimeoutTest.TinyTimeLimit.class)
public class RequestTimeoutTest {

    public static class TinyTimeLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.limits.request-timeout", "1ms");
        }
    }

    @Test
    void aRequestOverTheTimeLimitIsAnsweredWithRequestTimeout() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ consistencyFindings { kind statistics { id growthFromPrevious { percentChange } } } }"))
                .post("/graphql")
                .then().statusCode(503)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("REQUEST_TIMEOUT"));
    }
}
