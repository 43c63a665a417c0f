package org.caravan.pipeline;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition.Operation;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import org.caravan.limits.Transport;

/**
 * SmallRye runs every operation of a WebSocket connection in the request context of the connection's upgrade, so
 * they would share one Hibernate session for as long as the connection lives: an entry read once would be answered
 * from that session ever after, hiding every later edit; the session would hold every entry the connection ever
 * read; and operations running side by side would use it from several threads at once. Each query and mutation
 * over WebSocket runs in a request context of its own instead, with the connection's login and upgrade request,
 * ended with the operation. (A subscription keeps the connection's: its events carry the edited entries
 * themselves.)
 */
final class OperationRequestContext extends SimplePerformantInstrumentation {

    /** Where Quarkus's data fetchers look for the request context to run a resolver in, when none is active. */
    private static final String STATE = "state";

    /** Marks a WebSocket operation. */
    private static final class OverWebSocket implements InstrumentationState {
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return Transport.of(parameters.getExecutionInput().getGraphQLContext()) == Transport.WEBSOCKET
                ? new OverWebSocket() : null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var execution = parameters.getExecutionContext();
        Operation kind = execution.getOperationDefinition().getOperation();
        if (!(state instanceof OverWebSocket) || kind == Operation.SUBSCRIPTION) {
            return SimpleInstrumentationContext.noOp();
        }
        ManagedContext requests = Arc.container().requestContext();
        ContextState connections = requests.isActive() ? requests.getState() : null;
        SecurityIdentity identity = connections == null ? null : current(CurrentIdentityAssociation.class).getIdentity();
        RoutingContext upgrade = connections == null ? null : current(CurrentVertxRequest.class).getCurrent();
        ContextState own = requests.activate(null); // the resolvers this thread runs find it active
        execution.getGraphQLContext().put(STATE, own); // and those run elsewhere find it here
        if (identity != null) {
            current(CurrentIdentityAssociation.class).setIdentity(identity); // who logged in on the connection
        }
        if (upgrade != null) {
            current(CurrentVertxRequest.class).setCurrent(upgrade);
        }
        Thread starter = Thread.currentThread();
        return new SimpleInstrumentationContext<>() {
            @Override
            public void onDispatched() {
                if (Thread.currentThread() == starter) {
                    switchTo(requests, connections); // the thread goes on answering the connection
                }
            }

            @Override
            public void onCompleted(ExecutionResult result, Throwable failure) {
                ContextState current = requests.isActive() ? requests.getState() : null;
                requests.activate(own);
                requests.terminate(); // closes the operation's Hibernate session with its other request-scoped beans
                switchTo(requests, current);
            }
        };
    }

    private static <T> T current(Class<T> type) {
        return Arc.container().instance(type).get();
    }

    private static void switchTo(ManagedContext requests, ContextState state) {
        if (state == null) {
            requests.deactivate();
        } else {
            requests.activate(state);
        }
    }
}
