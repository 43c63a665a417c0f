package org.caravan.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;


import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * The benchmark's upper bound: /bench/precomputed answers with a fixed JSON body (a file the harness writes:
 * a real GraphQL answer), straight from the event loop, through the same HTTP stack as /graphql. What the
 * machine serves here is what /graphql could serve if the GraphQL work cost nothing. Off unless
 * caravan.bench.precomputed-answer names the file.
 */
@ApplicationScoped
public class PrecomputedAnswerRoute {

    @Inject
    BenchConfig config;

    private volatile Buffer answer;

    void register(@Observes Router router) {
        if (config.precomputedAnswer().isEmpty()) {
            return;
        }
        Log.warnf("Benchmark route /bench/precomputed is on (caravan.bench.precomputed-answer=%s)", config.precomputedAnswer().get());
        router.route("/bench/precomputed").handler(ctx -> {
            if (answer == null) {
                // Read on first use: the harness writes the file after asking /graphql for the real answer.
                ctx.vertx().fileSystem().readFile(config.precomputedAnswer().get().toString())
                        .onSuccess(body -> {
                            answer = body;
                            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body);
                        })
                        .onFailure(ctx::fail);
                return;
            }
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(answer);
        });
    }
}
