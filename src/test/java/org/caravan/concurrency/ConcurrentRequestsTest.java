package org.caravan.concurrency;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Blocking resolvers must not queue behind each other: 64 requests to a resolver that takes 1 s, sent at
 * once, finish in about one resolver's time. Run one after another they would take 64 s; queued per event
 * loop (two on this machine, the Quarkus 3.34 default for blocking GraphQL resolvers) about 32 s.
 */
@QuarkusTest
public class ConcurrentRequestsTest {

    private static final int REQUESTS = 64;
    private static final int RESOLVER_MILLIS = 1_000;

    @Test
    void sixtyFourSlowRequestsRunSideBySide() throws Exception {
        GraphQL.post("{ slowSourceCount(millis: 1) }").body("data.slowSourceCount", is(5));
        ExecutorService clients = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                calls.add(() -> {
                    GraphQL.post("{ slowSourceCount(millis: " + RESOLVER_MILLIS + ") }").body("data.slowSourceCount", is(5));
                    return null;
                });
            }
            long started = System.nanoTime();
            for (Future<Void> call : clients.invokeAll(calls)) {
                call.get();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("%d concurrent requests to a %d ms resolver took %d ms%n", REQUESTS, RESOLVER_MILLIS,
                    took.toMillis());
            // Generous: a loaded 2-core CI machine adds seconds, but serial or per-event-loop queueing adds 30+.
            assertTrue(took.toMillis() < 6 * RESOLVER_MILLIS, "took " + took.toMillis() + " ms");
        } finally {
            clients.shutdownNow();
        }
    }
}
