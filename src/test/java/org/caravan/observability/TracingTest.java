package org.caravan.observability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Tracing is off by default; switched on by configuration, each GraphQL request reaches the collector, named. */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
public class TracingTest {

    /** Its own application: the collector's settings must not reach the other suites. */
    public static class Traced implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OtlpCollector.class));
        }
    }

    @OtlpCollector.Exports
    List<String> exports;

    @Test
    void aGraphQLRequestIsExportedAsASpanNamingItsOperation() throws InterruptedException {
        String name = "TracedQuery" + System.nanoTime();
        GraphQL.post("query " + name + " { sources { id } }");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (exports.stream().noneMatch(export -> export.contains(name)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        String export = exports.stream().filter(e -> e.contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no span named the operation; exports received: " + exports.size()));
        assertTrue(export.contains("graphql.operation.name"), "the operation's name is an attribute");
        assertTrue(export.contains("graphql.operation.type"), "the operation's type is an attribute");
        assertTrue(export.contains("/graphql"), "the span is the /graphql request's");
        assertTrue(export.contains("caravan"), "the service is named");
    }
}
