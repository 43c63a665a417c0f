package org.caravan.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.caravan.GraphQL;
import org.caravan.WebSocketGraphQL;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * A request past its time limit stops its work, on both transports: a statement that would run for tens of
 * seconds is cancelled by the database and its connection returns to the pool; a mutation still running at
 * the limit is rolled back, never committed after its client was told it failed. The resolvers are the test-only
 * ones of org.caravan.concurrency.SlowQuery.
 */
@QuarkusTest
@TestProfile(TimeLimitTest.TwoSeconds.class)
public class TimeLimitTest {

    public static class TwoSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The test-only mutation writes no revision, so it would not clear cached answers: no cache here.
            return Map.of("caravan.limits.request-timeout", "2s", "caravan.response-cache.enabled", "false");
        }
    }

    @TestHTTPResource("/graphql")
    URL endpoint;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSlowReadOverHttpIsAnsweredAtTheLimitAndItsStatementCancelled() throws Exception {
        long started = System.nanoTime();
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ slowStatement(product: 7) }")).post("/graphql")
                .then().statusCode(503).body("errors[0].extensions.code", is("REQUEST_TIMEOUT"));
        assertTrue(seconds(started) < 3.5, "answered after " + seconds(started) + " s");
        assertConnectionsReleasedWithin(3_000);
    }

    @Test
    void aSlowReadOverWebSocketEndsWithRequestTimeoutAndItsStatementCancelled() throws Exception {
        long started = System.nanoTime();
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject answer = socket.execute("{ slowStatement(product: 7) }");
            assertEquals("REQUEST_TIMEOUT", WebSocketGraphQL.firstErrorCode(answer), answer.encode());
        }
        // the statement's timeout is the time left in whole seconds: cancelled by the database within 2 s (+ slack)
        assertTrue(seconds(started) < 5, "answered after " + seconds(started) + " s");
        assertConnectionsReleasedWithin(3_000);
    }

    @Test
    void aMutationPastTheLimitIsRolledBackOverHttp() throws Exception {
        GraphQL.post("mutation { slowlyRecordSource(id: \"slow-over-http\", millis: 3500) }")
                .body("data.slowlyRecordSource", nullValue())
                .body("errors[0].extensions.code", is("REQUEST_TIMEOUT"));
        Thread.sleep(1_000); // nothing is committed later either
        GraphQL.post("{ sources { id } }").body("data.sources.id", not(hasItem("slow-over-http")));
        assertConnectionsReleasedWithin(3_000);
        // the same mutation within the limit commits: the test resolver itself works
        GraphQL.post("mutation { slowlyRecordSource(id: \"quick-over-http\", millis: 10) }")
                .body("errors", nullValue());
        GraphQL.post("{ sources { id } }").body("data.sources.id", hasItem("quick-over-http"));
    }

    @Test
    void aMutationPastTheLimitIsRolledBackOverWebSocket() throws Exception {
        try (WebSocketGraphQL socket = WebSocketGraphQL.initialised(endpoint)) {
            JsonObject answer = socket.execute("mutation { slowlyRecordSource(id: \"slow-over-websocket\", millis: 3500) }");
            assertEquals("REQUEST_TIMEOUT", WebSocketGraphQL.firstErrorCode(answer), answer.encode());
        }
        Thread.sleep(1_000);
        GraphQL.post("{ sources { id } }").body("data.sources.id", not(hasItem("slow-over-websocket")));
        assertConnectionsReleasedWithin(3_000);
    }

    private void assertConnectionsReleasedWithin(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (dataSource.getMetrics().activeCount() > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, dataSource.getMetrics().activeCount(), "database connections still in use");
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
