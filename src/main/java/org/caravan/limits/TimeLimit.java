package org.caravan.limits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import jakarta.transaction.TransactionManager;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.hibernate.Session;
import org.hibernate.jpa.SpecHints;

/**
 * Stops the work of a request that runs past {@code caravan.limits.request-timeout}, on every transport:
 * <ul>
 * <li>no resolver starts after the deadline: each field left answers REQUEST_TIMEOUT, and no SQL runs for it;</li>
 * <li>each SQL statement a read sends gets the time left as its JDBC query timeout (whole seconds, rounded up),
 * so the database cancels a statement that would outlive the request;</li>
 * <li>a mutation's transaction gets the time left as its transaction timeout: past it, the transaction manager
 * rolls it back and the commit fails, so a mutation whose client is told it timed out is never committed.</li>
 * </ul>
 * A subscription's deadline covers setting it up, not the events it streams afterwards. Requests run on one
 * worker thread each (both transports set runBlocking), so the transaction timeout, which the transaction
 * manager keeps per thread, is set on the thread that begins the transaction.
 */
public final class TimeLimit extends SimplePerformantInstrumentation {

    private final Duration limit;

    public TimeLimit(Duration limit) {
        this.limit = limit;
    }

    /** Per request: when it must be done, and the statement timeout last given to its Hibernate session. */
    private static final class Deadline implements InstrumentationState {
        final long at;
        volatile boolean streaming;
        volatile int sessionTimeoutSeconds = -1;

        Deadline(long at) {
            this.at = at;
        }

        long millisLeft() {
            return streaming ? Long.MAX_VALUE : (at - System.nanoTime()) / 1_000_000;
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        GraphQLContext request = parameters.getExecutionInput().getGraphQLContext();
        // From when the transport received the request: time spent waiting for a worker thread counts.
        long start = RequestFacts.of(request).map(RequestFacts::startedAt).orElseGet(System::nanoTime);
        Deadline deadline = new Deadline(start + limit.toNanos());
        request.put(Deadline.class, deadline); // for callWithin
        return deadline;
    }

    /**
     * Calls work done for a request outside graphql-java's fetchers (the batch calls of a one-pass answer) under a
     * resolver's rules: not after the deadline (it throws instead), its statements limited to the time left, in
     * the request's context.
     */
    public static <T> T callWithin(GraphQLContext request, Callable<T> work) throws Exception {
        Deadline deadline = request.get(Deadline.class);
        InjectableContext.ContextState requestState = request.get("state");
        long left = deadline == null ? Long.MAX_VALUE : deadline.millisLeft();
        if (left <= 0) {
            throw new CaravanException(ErrorCode.REQUEST_TIMEOUT, "The request took longer than its time limit.");
        }
        if (left != Long.MAX_VALUE) {
            limitStatements(deadline, secondsOf(left), requestState);
        }
        return inRequestContext(requestState, work);
    }

    private static int secondsOf(long millis) {
        return (int) Math.min(Integer.MAX_VALUE, (millis + 999) / 1000);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (parameters.getExecutionContext().getOperationDefinition().getOperation() == Operation.SUBSCRIPTION) {
            ((Deadline) state).streaming = true;
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher; // a property read: no time to save, no SQL
        }
        Deadline deadline = (Deadline) state;
        boolean mutation = parameters.getExecutionContext().getOperationDefinition().getOperation() == Operation.MUTATION
                && parameters.getExecutionStepInfo().getPath().getLevel() == 1;
        return environment -> {
            long left = deadline.millisLeft();
            if (left <= 0) {
                return DataFetcherResult.newResult().error(timedOut()).build();
            }
            if (left == Long.MAX_VALUE) {
                return fetcher.get(environment);
            }
            int seconds = secondsOf(left);
            limitStatements(deadline, seconds, environment.getGraphQlContext().get("state"));
            if (!mutation) {
                return fetcher.get(environment);
            }
            TransactionManager transactions = Arc.container().instance(TransactionManager.class).get();
            transactions.setTransactionTimeout(seconds);
            try {
                return fetcher.get(environment);
            } finally {
                transactions.setTransactionTimeout(0); // back to the default for this worker thread's next request
            }
        };
    }

    /** Gives the request's Hibernate session the time left as its statements' timeout, when it changed. */
    private static void limitStatements(Deadline deadline, int seconds, InjectableContext.ContextState requestState)
            throws Exception {
        if (seconds == deadline.sessionTimeoutSeconds || requestState == null) {
            return;
        }
        inRequestContext(requestState, () -> {
            Arc.container().instance(Session.class).get().setProperty(SpecHints.HINT_SPEC_QUERY_TIMEOUT, seconds * 1000);
            return deadline.sessionTimeoutSeconds = seconds;
        });
    }

    /** Runs work in the request's context, activated for it when no request context is active on this thread. */
    private static <T> T inRequestContext(InjectableContext.ContextState requestState, Callable<T> work) throws Exception {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = requestState != null && !requestContext.isActive();
        if (activated) {
            requestContext.activate(requestState);
        }
        try {
            return work.call();
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    /**
     * Past the deadline, the errors of work that was cut short (a statement cancelled by the database, a commit
     * refused after a rollback) carry no code of ours; they become REQUEST_TIMEOUT, so the client learns why.
     */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || deadline.millisLeft() > 0 || result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = new ArrayList<>();
        for (GraphQLError error : result.getErrors()) {
            boolean coded = error.getExtensions() != null && error.getExtensions().get("code") != null;
            errors.add(coded ? error : timedOut(error));
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private CaravanException timedOut() {
        return new CaravanException(ErrorCode.REQUEST_TIMEOUT, "The request took longer than " + limit.toMillis()
                + " ms; what was not done by then was stopped (a mutation is rolled back).");
    }

    private GraphQLError timedOut(GraphQLError cutShort) {
        return GraphQLError.newError().message(timedOut().getMessage()).path(cutShort.getPath())
                .locations(cutShort.getLocations()).extensions(java.util.Map.of("code", ErrorCode.REQUEST_TIMEOUT.name()))
                .build();
    }
}
