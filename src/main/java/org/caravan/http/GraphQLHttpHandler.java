package org.caravan.http;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import graphql.ExecutionResult;
import io.opentelemetry.api.trace.Span;
import graphql.language.OperationDefinition;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorBody;
import org.caravan.error.ErrorCode;
import org.caravan.limits.DocumentLimits;
import org.caravan.limits.QueryLimitsConfig;
import org.caravan.limits.RequestFacts;
import org.caravan.limits.Transport;
import org.caravan.observability.GraphQLRequestMetrics;
import org.caravan.observability.OperationLabel;
import org.caravan.persisted.PersistedQueries;

/**
 * Serves /graphql as the GraphQL-over-HTTP specification describes: GET for queries, POST with a JSON body,
 * content negotiation between application/graphql-response+json and application/json, 4xx answers for
 * malformed requests. The limits, the cost, the time limit and the rules on which operations a GET may run
 * belong to the engine's pipeline (org.caravan.pipeline), the same for every transport; this front asks for the
 * document's verdict before handing it on (SmallRye parses it before the engine sees it) and turns refusals
 * into HTTP status codes. A repeated query is answered from the {@link ResponseCache}; answers to GET queries
 * carry what HTTP caches need ({@link AnswerHeaders}). Execution itself
 * (request context, security identity, resolvers) stays SmallRye GraphQL's, on a worker thread of its own.
 */
class GraphQLHttpHandler extends SmallRyeGraphQLAbstractHandler {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^;\"\\s]+)", Pattern.CASE_INSENSITIVE);

    private final QueryLimitsConfig limits;
    private final DocumentLimits documentLimits;
    private final ResponseCache cache;
    private final GraphQLRequestMetrics metrics;
    private final PersistedQueries persistedQueries;
    private final AnswerHeaders answerHeaders;

    /** What the request metrics need to know once the answer is sent, kept with the request. */
    private static final class Outcome {
        OperationLabel operation = OperationLabel.UNKNOWN;
        boolean errors;
        boolean cached;
    }

    GraphQLHttpHandler(CurrentIdentityAssociation identity, CurrentVertxRequest request, QueryLimitsConfig limits,
            DocumentLimits documentLimits, ResponseCache cache, GraphQLRequestMetrics metrics,
            PersistedQueries persistedQueries, AnswerHeadersConfig answerHeaders) {
        // runBlocking: resolvers run on the thread that executes the request (see execute), one after another.
        super(identity, request, true);
        this.limits = limits;
        this.documentLimits = documentLimits;
        this.cache = cache;
        this.metrics = metrics;
        this.persistedQueries = persistedQueries;
        this.answerHeaders = new AnswerHeaders(answerHeaders);
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        long started = System.nanoTime();
        Outcome outcome = new Outcome();
        ctx.addEndHandler(ended -> metrics.record(started, outcome.operation,
                outcome.errors || ctx.response().getStatusCode() >= 400, outcome.cached));
        Optional<ResponseMediaType> negotiated = ResponseMediaType.negotiate(ctx.parsedHeaders().accept());
        ResponseMediaType mediaType = negotiated.orElse(ResponseMediaType.JSON);
        try {
            if (negotiated.isEmpty()) {
                throw new CaravanException(ErrorCode.NOT_ACCEPTABLE, "This endpoint answers in "
                        + ResponseMediaType.GRAPHQL_RESPONSE_JSON.contentType() + " or "
                        + ResponseMediaType.JSON.contentType() + "; the Accept header allows neither.");
            }
            GraphQLHttpRequest request = read(ctx);
            request = request.withDocument(persistedQueries.documentToRun(request.query(), request.extensions()));
            // A kept answer passed the limits when it was computed (the limits do not change while running),
            // and only queries are kept, so a GET that hits the cache is never a mutation.
            Optional<ResponseCache.Answer> cached = cache.enabled() ? cache.answerTo(request, authorizationOf(ctx))
                    : Optional.empty();
            if (cached.isPresent()) {
                outcome.operation = cached.get().operation();
                outcome.operation.describe(Span.current());
                outcome.cached = true;
                sendAnswer(ctx, mediaType, cached.get().body(), cached.get().etag());
                return;
            }
            Optional<CaravanException> known = documentLimits.knownRefusal(request.query());
            if (known.isPresent()) {
                refuse(ctx, mediaType, outcome, known.get());
                return;
            }
            execute(ctx, mediaType, request, outcome, started);
        } catch (CaravanException refusal) {
            outcome.errors = true;
            send(ctx, mediaType, statusOf(refusal.code(), mediaType), ErrorBody.of(refusal));
        }
    }

    /**
     * The status of a request refused before it is run: 400 unless HTTP has a closer word for it. A persisted
     * document refused is like a document that does not validate: the HTTP request itself was well-formed.
     */
    private static int statusOf(ErrorCode code, ResponseMediaType mediaType) {
        return switch (code) {
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_NOT_SUPPORTED, PERSISTED_QUERY_HASH_MISMATCH,
                    PERSISTED_QUERY_NOT_IN_LIST -> mediaType == ResponseMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
            default -> 400;
        };
    }

    private GraphQLHttpRequest read(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return GraphQLHttpRequest.fromQueryString(ctx.queryParams());
        }
        if (method == HttpMethod.POST) {
            requireJsonContent(ctx.parsedHeaders().contentType());
            return GraphQLHttpRequest.fromJsonBody(ctx.body().buffer());
        }
        ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD, POST");
        throw new CaravanException(ErrorCode.METHOD_NOT_ALLOWED, "Send a GraphQL request with GET or POST.");
    }

    private static void requireJsonContent(MIMEHeader contentType) {
        if (contentType == null || contentType.rawValue().isBlank()) {
            throw new CaravanException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "A POST needs 'Content-Type: application/json' and a JSON body.");
        }
        Matcher charset = CHARSET.matcher(contentType.rawValue());
        if (!ResponseMediaType.essence(contentType.rawValue()).equals("application/json")
                || charset.find() && !charset.group(1).equalsIgnoreCase("utf-8")) {
            throw new CaravanException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "The body is '" + contentType.rawValue()
                    + "'; this endpoint reads application/json in UTF-8.");
        }
    }

    private void execute(RoutingContext ctx, ResponseMediaType mediaType, GraphQLHttpRequest request,
            Outcome outcome, long started) {
        RequestFacts facts = new RequestFacts(started);
        // A read past its time limit is answered now; the engine stops its work (org.caravan.limits.TimeLimit).
        // A mutation is answered by the engine: committed, or rolled back by its transaction timeout.
        long timer = ctx.vertx().setTimer(limits.requestTimeout().toMillis(), id -> {
            if (!facts.isMutation()) {
                send(ctx, mediaType, mediaType == ResponseMediaType.GRAPHQL_RESPONSE_JSON ? 503 : 200,
                        ErrorBody.of(ErrorCode.REQUEST_TIMEOUT, "The request took longer than "
                                + limits.requestTimeout().toMillis() + " ms."));
            }
        });
        ctx.addEndHandler(ended -> ctx.vertx().cancelTimer(timer));
        long dataVersion = cache.dataVersion();
        Map<String, Object> metaData = getMetaData(ctx);
        RequestFacts.attachTo(metaData, facts);
        (isGet(ctx) ? Transport.HTTP_GET : Transport.HTTP_POST).attachTo(metaData);
        ExecutionResponseWriter writer = new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
                ExecutionResult result = response.getExecutionResult();
                String body = AnswerJson.of(response);
                outcome.operation = OperationLabel.of(facts.operation());
                outcome.operation.describe(Span.current());
                boolean query = facts.operation().map(OperationDefinition::getOperation)
                        .equals(Optional.of(OperationDefinition.Operation.QUERY));
                if (refusedWith(result, ErrorCode.METHOD_NOT_ALLOWED)) {
                    ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
                    send(ctx, mediaType, 405, body);
                    return;
                }
                // Without a data entry nothing ran (syntax, validation or variable errors): a 4xx for clients
                // that accept application/graphql-response+json, as the specification requires.
                boolean nothingRan = !result.isDataPresent();
                int status = nothingRan && mediaType == ResponseMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200;
                outcome.errors = !result.getErrors().isEmpty();
                if (!query || !result.isDataPresent() || outcome.errors) {
                    send(ctx, mediaType, status, body);
                    return;
                }
                String etag = AnswerHeaders.etagOf(body);
                sendAnswer(ctx, mediaType, body, etag);
                if (cache.enabled()) {
                    cache.keep(request, authorizationOf(ctx), dataVersion, body, etag, outcome.operation);
                }
            }

            @Override
            public void fail(Throwable failure) {
                ctx.fail(failure);
            }
        };
        // SmallRye would hand each blocking resolver to the worker pool in order per event loop, so only as many
        // requests as event loops (2 on a 2-core machine) run at once (quarkus#54361). Here the whole request
        // runs on one worker thread, unordered: requests run side by side, up to the worker pool's size, and
        // the resolvers of one request share its Hibernate session on one thread.
        JsonObject input = request.toExecutionInput();
        ctx.vertx().executeBlocking(() -> {
            Optional<CaravanException> refusal = documentLimits.refusal(request.query());
            if (refusal.isPresent()) {
                refuse(ctx, mediaType, outcome, refusal.get());
                return null;
            }
            getExecutionService().executeSync(input, metaData, writer);
            return null;
        }, false).onFailure(ctx::fail);
    }

    /** Like a validation error: the document is refused, the HTTP request itself was well-formed. */
    private void refuse(RoutingContext ctx, ResponseMediaType mediaType, Outcome outcome,
            CaravanException refusal) {
        outcome.errors = true;
        send(ctx, mediaType, mediaType == ResponseMediaType.GRAPHQL_RESPONSE_JSON ? 400 : 200, ErrorBody.of(refusal));
    }

    /** Whether the pipeline refused the request, before running it, with {@code code}. */
    private static boolean refusedWith(ExecutionResult result, ErrorCode code) {
        return !result.isDataPresent() && result.getErrors().stream()
                .anyMatch(error -> error.getExtensions() != null && code.name().equals(error.getExtensions().get("code")));
    }

    /** HEAD asks what GET would answer, without the body (Vert.x leaves it out). */
    private static String authorizationOf(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
    }

    private static boolean isGet(RoutingContext ctx) {
        return ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD;
    }

    /**
     * A complete answer to a query: over GET, one that browsers and proxies may keep, and a 304 without the body
     * when the client holds it already.
     */
    private void sendAnswer(RoutingContext ctx, ResponseMediaType mediaType, String body, String etag) {
        if (!isGet(ctx)) {
            send(ctx, mediaType, 200, body);
            return;
        }
        synchronized (ctx) {
            if (ctx.response().headWritten()) {
                return;
            }
            answerHeaders.cacheable(ctx, etag);
            if (AnswerHeaders.clientHolds(ctx, etag)) {
                ctx.response().setStatusCode(304).end();
                return;
            }
            answerHeaders.compressIfWorthIt(ctx, body);
            ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, mediaType.contentType()).end(body);
        }
    }

    /** Answers once: whichever of the result and the time limit comes first. Nobody keeps this answer. */
    private void send(RoutingContext ctx, ResponseMediaType mediaType, int status, String body) {
        synchronized (ctx) {
            if (ctx.response().headWritten()) {
                return;
            }
            answerHeaders.notCacheable(ctx);
            answerHeaders.compressIfWorthIt(ctx, body);
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, mediaType.contentType())
                    .end(body);
        }
    }
}
