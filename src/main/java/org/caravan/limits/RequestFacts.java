package org.caravan.limits;

import java.util.Map;
import java.util.Optional;

import graphql.GraphQLContext;
import graphql.language.OperationDefinition;

/**
 * What the pipeline learnt about one request, for the transport that carried it (the HTTP front's status codes,
 * cache and metrics): the operation it ran and its cost. A transport that wants them puts an instance in the
 * request's GraphQL context with {@link #attachTo}; the pipeline fills it in.
 */
public final class RequestFacts {

    private static final String KEY = RequestFacts.class.getName();

    private final long startedAt;
    private volatile OperationDefinition operation;
    private volatile long cost = -1;

    /** {@code startedAt}: when the transport received the request ({@link System#nanoTime()}); its time limit runs from then. */
    public RequestFacts(long startedAt) {
        this.startedAt = startedAt;
    }

    public static void attachTo(Map<String, Object> context, RequestFacts facts) {
        context.put(KEY, facts);
    }

    static Optional<RequestFacts> of(GraphQLContext context) {
        return Optional.ofNullable(context.get(KEY));
    }

    long startedAt() {
        return startedAt;
    }

    /** Whether the request runs a mutation; false while that is not known yet. */
    public boolean isMutation() {
        OperationDefinition known = operation;
        return known != null && known.getOperation() == OperationDefinition.Operation.MUTATION;
    }

    public Optional<OperationDefinition> operation() {
        return Optional.ofNullable(operation);
    }

    /** The operation's cost, or -1 when the request was refused before it was known. */
    public long cost() {
        return cost;
    }

    void operation(OperationDefinition operation) {
        this.operation = operation;
    }

    void cost(long cost) {
        this.cost = cost;
    }
}
