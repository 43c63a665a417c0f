package org.caravan.limits;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks every request to /graphql against the query limits before the GraphQL engine sees it, and answers
 * requests that run longer than the time limit with REQUEST_TIMEOUT. A refusal is a GraphQL error response
 * with a stable extensions.code; the engine never parses or executes the refused document.
 */
@ApplicationScoped
public class QueryLimitsRoute {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Inject
    QueryLimitsConfig limits;

    private QueryAnalyzer analyzer;

    void register(@Observes Router router) {
        analyzer = new QueryAnalyzer(limits);
        // Reads the body once for both this check and the GraphQL handler, which skips a body read already done.
        router.route("/graphql").order(-2).handler(BodyHandler.create(false));
        router.route("/graphql").order(-1).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        Optional<LimitViolation> violation = violationOf(ctx);
        if (violation.isPresent()) {
            refuse(ctx, 400, violation.get());
            return;
        }
        long timer = ctx.vertx().setTimer(limits.requestTimeout().toMillis(), id -> {
            if (!ctx.response().headWritten()) {
                refuse(ctx, 503, new LimitViolation("REQUEST_TIMEOUT",
                        "The request took longer than " + limits.requestTimeout().toMillis() + " ms."));
            }
        });
        ctx.addEndHandler(ended -> ctx.vertx().cancelTimer(timer));
        ctx.next();
    }

    private Optional<LimitViolation> violationOf(RoutingContext ctx) {
        if (ctx.request().method() == HttpMethod.GET) {
            return analyze(ctx.request().getParam("query"));
        }
        if (ctx.request().method() != HttpMethod.POST || ctx.body() == null || ctx.body().length() == 0) {
            return Optional.empty();
        }
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.startsWith("application/graphql") && !contentType.contains("json")) {
            return analyze(ctx.body().asString());
        }
        Object json;
        try {
            json = Json.decodeValue(ctx.body().buffer());
        } catch (DecodeException e) {
            return Optional.empty();
        }
        if (json instanceof JsonArray) {
            return Optional.of(new LimitViolation("TOO_MANY_OPERATIONS",
                    "Batched requests (a JSON array) are not supported: send one operation per request."));
        }
        return json instanceof JsonObject object && object.getValue("query") instanceof String query
                ? analyze(query)
                : Optional.empty();
    }

    private Optional<LimitViolation> analyze(String query) {
        return query == null ? Optional.empty() : analyzer.check(query);
    }

    private void refuse(RoutingContext ctx, int graphqlResponseStatus, LimitViolation violation) {
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean graphqlResponse = accept != null && accept.contains(GRAPHQL_RESPONSE);
        JsonObject error = new JsonObject().put("message", violation.message())
                .put("extensions", new JsonObject().put("code", violation.code()));
        ctx.response()
                .setStatusCode(graphqlResponse ? graphqlResponseStatus : 200)
                .putHeader(HttpHeaders.CONTENT_TYPE, graphqlResponse ? GRAPHQL_RESPONSE : "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
