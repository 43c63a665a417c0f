package org.caravan.observability;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Times every GraphQL request over HTTP, by operation: {@value #TIMER} in /q/metrics, tagged with the operation's
 * type and name, the HTTP status, whether the answer had GraphQL errors, and whether it came from the response
 * cache. SmallRye GraphQL's own per-operation metrics are not used: they are emitted only on the dispatch path
 * that Caravan's /graphql front replaces.
 */
@ApplicationScoped
public class GraphQLRequestMetrics {

    static final String TIMER = "caravan.graphql.requests";
    /** Operation names come from clients: past this many distinct names, new ones are not recorded. */
    static final int MAX_OPERATION_NAMES = 100;

    @Inject
    MeterRegistry registry;

    public void record(long startedNanos, OperationLabel operation, int status, boolean errors, boolean cached) {
        Timer.builder(TIMER).description("GraphQL requests over HTTP, by operation")
                .tag("type", operation.type()).tag("operation", operation.name())
                .tag("status", Integer.toString(status)).tag("outcome", errors ? "error" : "success")
                .tag("cache", cached ? "hit" : "miss")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    @Produces
    @Singleton
    MeterFilter boundedOperationNames() {
        return MeterFilter.maximumAllowableTags(TIMER, "operation", MAX_OPERATION_NAMES, MeterFilter.deny());
    }
}
