package org.caravan.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * The limits every GraphQL request passes, whatever carried it (HTTP GET or POST, WebSocket), as a graphql-java
 * {@code Instrumentation} in the engine itself: before the document is parsed or validated, the limits on its
 * text ({@link DocumentLimits}); once the operation and its variables are known, the rules of the transport and
 * the cost ({@link QueryCost}). A refusal aborts the request with a coded error before any field runs; an
 * answer carries its cost in {@code extensions.cost}.
 */
public final class RequestLimits extends SimplePerformantInstrumentation {

    /** Enough for every operation a service's clients send; a flood of new ones only empties it more often. */
    private static final int KNOWN_COSTS = 1000;

    private final QueryLimitsConfig limits;
    private final DocumentLimits documentLimits;
    private final Map<CostKey, Long> knownCosts = new ConcurrentHashMap<>();

    /**
     * An operation with its variables. The engine's cache of parsed documents hands back the same operation for the
     * same text, and nodes of a document compare by identity, so a repeated request finds its cost here.
     */
    private record CostKey(OperationDefinition operation, Map<String, Object> variables) {
    }

    public RequestLimits(QueryLimitsConfig limits, DocumentLimits documentLimits) {
        this.limits = limits;
        this.documentLimits = documentLimits;
    }

    /** Per request: the cost once known. */
    private static final class Measured implements InstrumentationState {
        volatile long cost = -1;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Measured();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        documentLimits.refusal(parameters.getQuery()).ifPresent(RequestLimits::abort);
        return super.beginExecution(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        GraphQLContext context = execution.getGraphQLContext();
        Operation kind = execution.getOperationDefinition().getOperation();
        RequestFacts.of(context).ifPresent(facts -> facts.operation(execution.getOperationDefinition()));
        Transport transport = Transport.of(context);
        if (kind == Operation.MUTATION && transport == Transport.HTTP_GET) {
            abort(new CaravanException(ErrorCode.METHOD_NOT_ALLOWED, "Mutations must be sent with POST."));
        }
        if (kind == Operation.SUBSCRIPTION && transport != Transport.WEBSOCKET) {
            abort(new CaravanException(ErrorCode.SUBSCRIPTION_NEEDS_WEBSOCKET, "Subscriptions are served over"
                    + " WebSocket (graphql-transport-ws) at /graphql; plain HTTP cannot carry their stream."));
        }
        long cost = costOf(execution);
        ((Measured) state).cost = cost;
        RequestFacts.of(context).ifPresent(facts -> facts.cost(cost));
        if (cost > limits.maxCost()) {
            abort(new CaravanException(ErrorCode.QUERY_TOO_COSTLY, null, "The query's cost is " + cost
                    + "; at most " + limits.maxCost() + " is allowed. Each field counts once for every time it may"
                    + " be resolved: times the page size ('first') or the listed size of every list it is inside"
                    + " (docs/api.md, \"Limits on hostile queries\").", Map.of("cost", cost, "maximumCost", limits.maxCost())));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        long cost = state instanceof Measured measured ? measured.cost : -1;
        if (cost < 0) {
            return CompletableFuture.completedFuture(result);
        }
        Map<Object, Object> extensions = new LinkedHashMap<>(result.getExtensions() == null ? Map.of()
                : result.getExtensions());
        extensions.put("cost", Map.of("requested", cost, "maximum", limits.maxCost()));
        return CompletableFuture.completedFuture(result.transform(builder -> builder.extensions(extensions)));
    }

    private long costOf(ExecutionContext execution) {
        CostKey key = new CostKey(execution.getOperationDefinition(), execution.getCoercedVariables().toMap());
        Long known = knownCosts.get(key);
        if (known != null) {
            return known;
        }
        long cost = QueryCost.of(execution, limits.maxFields());
        if (knownCosts.size() >= KNOWN_COSTS) {
            knownCosts.clear();
        }
        knownCosts.put(key, cost);
        return cost;
    }

    private static void abort(CaravanException refusal) {
        throw new AbortExecutionException(List.of(refusal));
    }
}
