package org.caravan.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What an operator's probes and Prometheus read: health with the database, and a timer per GraphQL operation. */
@QuarkusTest
public class OperationsEndpointsTest {

    @Test
    void livenessAndReadinessAreUpAndReadinessChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"));
    }

    @Test
    void eachGraphQLOperationIsTimedUnderItsNameAndCacheHitsApart() {
        String name = "MetricsProbe" + System.nanoTime();
        Map<String, String> computed = Map.of("operation", name, "type", "query", "status", "200",
                "outcome", "success", "cache", "miss");
        Map<String, String> fromCache = Map.of("operation", name, "type", "query", "status", "200",
                "outcome", "success", "cache", "hit");

        GraphQL.post("query " + name + " { sources { id } }");
        assertEquals(1, requestCount(computed));
        assertEquals(0, requestCount(fromCache));

        GraphQL.post("query " + name + " { sources { id } }");
        GraphQL.post("query " + name + " { sources { id } }");
        assertEquals(1, requestCount(computed));
        assertEquals(2, requestCount(fromCache));
    }

    @Test
    void answersWithErrorsAndRefusedRequestsAreCountedAsErrors() {
        String name = "BrokenProbe" + System.nanoTime();
        GraphQL.post("query " + name + " { statistic(id: \"no-such-statistic\") { id } }");
        assertEquals(1, requestCount(Map.of("operation", name, "outcome", "error", "status", "200")));

        double unreadable = requestCount(Map.of("operation", "unknown", "status", "400"));
        given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then().statusCode(400);
        assertEquals(unreadable + 1, requestCount(Map.of("operation", "unknown", "status", "400")));
    }

    @Test
    void theConnectionPoolIsWatched() {
        GraphQL.post("{ sources { id } }");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("agroal_active_count{")), "pool in use");
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("agroal_awaiting_count{")), "requests waiting for a connection");
    }

    /** The sum of caravan_graphql_requests_seconds_count over the series carrying all these labels. */
    private static double requestCount(Map<String, String> labels) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("caravan_graphql_requests_seconds_count{"))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
