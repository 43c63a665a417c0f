package org.caravan.editing;

import static io.restassured.RestAssured.given;
import static org.caravan.editing.EditingProfile.EDITOR;
import static org.caravan.editing.EditingProfile.EDITOR_PASSWORD;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.caravan.WebSocketGraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Wrong passwords from one address: after the configured number, its logins wait (429 with Retry-After). */
@QuarkusTest
@TestProfile(LoginThrottleTest.ThreeTries.class)
public class LoginThrottleTest {

    public static class ThreeTries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(new EditingProfile().getConfigOverrides());
            config.put("caravan.login-throttle.max-failures", "3");
            config.put("caravan.login-throttle.window", "6s");
            return config;
        }
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    private static ValidatableResponse query(String user, String password) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", "{ sources { id } }"));
        if (user != null) {
            request = request.auth().preemptive().basic(user, password);
        }
        return request.post("/graphql").then();
    }

    @Test
    void wrongPasswordsAreThrottledPerAddressAndReadsWithoutCredentialsAreNot() throws Exception {
        query(EDITOR, EDITOR_PASSWORD).statusCode(200);
        for (int i = 0; i < 3; i++) {
            query(EDITOR, "a wrong guess " + i).statusCode(401);
        }
        // the fourth try waits, even with the right password: a guesser cannot tell a right guess from a wrong one
        query(EDITOR, EDITOR_PASSWORD).statusCode(429).header("Retry-After", notNullValue())
                .body("errors[0].extensions.code", is("TOO_MANY_LOGIN_FAILURES"));
        query("nobody", "anything").statusCode(429);
        query(null, null).statusCode(200).body("data.sources.size()", is(5));
        String basic = "Basic " + Base64.getEncoder().encodeToString((EDITOR + ":" + EDITOR_PASSWORD).getBytes());
        Exception refused = assertThrows(Exception.class,
                () -> WebSocketGraphQL.open(endpoint, Map.of("Authorization", basic)).close());
        assertTrue(String.valueOf(refused.getMessage()).contains("429"), refused.toString());

        Thread.sleep(6_200); // the window has passed
        query(EDITOR, EDITOR_PASSWORD).statusCode(200).body("data.sources.size()", is(5));
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() {
        query("nobody-" + System.nanoTime(), EDITOR_PASSWORD).statusCode(401);
    }
}
