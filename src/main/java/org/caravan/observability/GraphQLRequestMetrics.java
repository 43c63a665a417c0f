package org.caravan.observability;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Times every GraphQL request over HTTP, by operation: {@value #TIMER} in /q/metrics, tagged with the operation's
 * type and name only, with buckets at the latency objectives; {@value #FAILED} counts those answered with GraphQL
 * errors or refused, {@value #CACHED} those answered from the response cache, with the same tags. A few series per
 * operation, whatever the traffic. SmallRye GraphQL's own per-operation metrics are not used: they are emitted only
 * on the dispatch path that Caravan's /graphql front replaces.
 */
@ApplicationScoped
public class GraphQLRequestMetrics {

    static final String TIMER = "caravan.graphql.requests";
    static final String FAILED = "caravan.graphql.requests.failed";
    static final String CACHED = "caravan.graphql.requests.cached";
    /** Operation names come from clients: past this many distinct names, new ones are not recorded. */
    static final int MAX_OPERATION_NAMES = 100;
    /**
     * Bucket bounds: a cached answer takes about a millisecond, a computed page tens of milliseconds (the
     * objectives in docs/benchmarks.md are p99 under 20 and 50 ms), and the time limit is 10 s.
     */
    private static final Duration[] BUCKETS = Stream.of(1, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Inject
    MeterRegistry registry;

    /** An operation's three meters, found once: looking them up in the registry was a thirtieth of a request. */
    private record Meters(Timer timer, Counter failures, Counter hits) {
    }

    private final Map<OperationLabel, Meters> known = new ConcurrentHashMap<>();

    public void record(long startedNanos, OperationLabel operation, boolean failed, boolean cached) {
        Meters meters = known.get(operation);
        if (meters == null) {
            meters = metersOf(operation);
            if (known.size() < 2 * MAX_OPERATION_NAMES) { // names beyond the filter's are no-op meters; a few kept
                known.putIfAbsent(operation, meters);
            }
        }
        meters.timer().record(Duration.ofNanos(System.nanoTime() - startedNanos));
        if (failed) {
            meters.failures().increment();
        }
        if (cached) {
            meters.hits().increment();
        }
    }

    private Meters metersOf(OperationLabel operation) {
        Tags tags = Tags.of("type", operation.type(), "operation", operation.name());
        Timer timer = Timer.builder(TIMER).description("GraphQL requests over HTTP, by operation").tags(tags)
                .serviceLevelObjectives(BUCKETS).register(registry);
        // Registered at the first request of an operation, so that a rate of 0 reads as 0, not as no data.
        Counter failures = Counter.builder(FAILED).description("GraphQL requests answered with errors or refused")
                .tags(tags).register(registry);
        Counter hits = Counter.builder(CACHED).description("GraphQL requests answered from the response cache")
                .tags(tags).register(registry);
        return new Meters(timer, failures, hits);
    }

    @Produces
    @Singleton
    MeterFilter boundedOperationNames() {
        // TIMER is a prefix of FAILED and CACHED: one set of names for the three.
        return MeterFilter.maximumAllowableTags(TIMER, "operation", MAX_OPERATION_NAMES, MeterFilter.deny());
    }
}
