package org.caravan.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
    void eachGraphQLOperationIsTimedUnderItsNameAndCacheHitsCounted() {
        String name = "MetricsProbe" + System.nanoTime();
        Map<String, String> labels = Map.of("operation", name, "type", "query");

        GraphQL.post("query " + name + " { sources { id } }");
        assertEquals(1, sample("caravan_graphql_requests_seconds_count", labels));
        assertEquals(0, sample("caravan_graphql_requests_cached_total", labels));
        assertEquals(0, sample("caravan_graphql_requests_failed_total", labels));

        GraphQL.post("query " + name + " { sources { id } }");
        GraphQL.post("query " + name + " { sources { id } }");
        assertEquals(3, sample("caravan_graphql_requests_seconds_count", labels));
        assertEquals(2, sample("caravan_graphql_requests_cached_total", labels));
    }

    @Test
    void answersWithErrorsAndRefusedRequestsAreCountedAsFailed() {
        String name = "BrokenProbe" + System.nanoTime();
        GraphQL.post("query " + name + " { statistic(id: \"no-such-statistic\") { id } }");
        assertEquals(1, sample("caravan_graphql_requests_failed_total", Map.of("operation", name)));
        assertEquals(1, sample("caravan_graphql_requests_seconds_count", Map.of("operation", name)));

        double unreadable = sample("caravan_graphql_requests_failed_total", Map.of("operation", "unknown"));
        given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql").then().statusCode(400);
        assertEquals(unreadable + 1, sample("caravan_graphql_requests_failed_total", Map.of("operation", "unknown")));
    }

    @Test
    void eachOperationHasAFewSeriesWithBucketsAtTheObjectives() {
        String name = "SeriesProbe" + System.nanoTime();
        GraphQL.post("query " + name + " { sources { id } }");
        GraphQL.post("query " + name + " { statistic(id: \"no-such-statistic\") { id } }");
        List<String> series = given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> !line.startsWith("#") && line.contains("operation=\"" + name + "\"")).toList();
        // 12 bounds and +Inf, count, sum, max; failed; cached: 18, whatever the outcome or status.
        assertEquals(18, series.size(), String.join("\n", series));
        List<String> bounds = series.stream().filter(line -> line.startsWith("caravan_graphql_requests_seconds_bucket{"))
                .map(line -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1")).toList();
        assertEquals(List.of("0.001", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0",
                "10.0", "+Inf"), bounds);
    }

    @Test
    void theConnectionPoolIsWatched() {
        GraphQL.post("{ sources { id } }");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("agroal_active_connections{")), "pool in use");
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("agroal_awaiting_requests{")), "requests waiting for a connection");
    }

    /** The sum of a metric's samples over the series carrying all these labels. */
    private static double sample(String metric, Map<String, String> labels) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith(metric + "{"))
                .filter(line -> labels.entrySet().stream()
                        .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
