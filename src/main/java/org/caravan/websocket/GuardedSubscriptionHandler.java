package org.caravan.websocket;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.limits.DocumentLimits;
import org.caravan.persisted.PersistedQueries;

/**
 * SmallRye's graphql-transport-ws handler with Caravan's guards around it: connection_init within
 * {@link WebSocketLimitsConfig#connectionInitTimeout()} (then 4408, as the protocol says), persisted documents
 * found by their hash and the trusted-documents mode applied as over HTTP ({@link PersistedQueries}), at most
 * {@link WebSocketLimitsConfig#maxOperationsPerConnection()} operations at once, each document measured by the same
 * {@link DocumentLimits} as over HTTP, and each operation run on a worker thread of its own, never on the event
 * loop. The engine's pipeline (org.caravan.pipeline) then applies the cost, the transport's rules and the time
 * limit, as for HTTP; the time limit counts from when the operation starts on its worker thread.
 */
final class GuardedSubscriptionHandler extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

    private static final Set<String> CLIENT_MESSAGES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");

    private final Vertx vertx;
    private final WebSocketLimitsConfig limits;
    private final DocumentLimits documentLimits;
    private final PersistedQueries persistedQueries;
    private final long initTimer;
    private final Set<String> starting = ConcurrentHashMap.newKeySet();
    private final Set<String> completedEarly = ConcurrentHashMap.newKeySet();

    GuardedSubscriptionHandler(GraphQLWebSocketSession session, Map<String, Object> context, RoutingContext ctx,
            SmallRyeGraphQLAbstractHandler front, WebSocketLimitsConfig limits, DocumentLimits documentLimits,
            PersistedQueries persistedQueries) {
        super(session, context, ctx, front, Optional.empty());
        this.vertx = ctx.vertx();
        this.limits = limits;
        this.documentLimits = documentLimits;
        this.persistedQueries = persistedQueries;
        this.initTimer = vertx.setTimer(limits.connectionInitTimeout().toMillis(), id -> {
            if (!connectionInitialized.get() && !session.isClosed()) {
                session.close((short) 4408, "Connection initialisation timeout");
            }
        });
    }

    @Override
    protected void onMessage(JsonObject message) {
        String type = text(message, "type");
        if (message != null && (type == null || !CLIENT_MESSAGES.contains(type))) {
            session.close((short) 4400, "Unknown message type"); // as the protocol says; SmallRye would throw
            return;
        }
        if ("complete".equals(type) && completeOnceStarted(text(message, "id"))) {
            return;
        }
        if (!"subscribe".equals(type) || !connectionInitialized.get()) {
            super.onMessage(message); // SmallRye answers pings, acks, completes, and closes uninitialised sockets
            return;
        }
        String id = text(message, "id");
        JsonObject sent = message.get("payload") instanceof JsonObject object ? object : null;
        if (id == null || sent == null) {
            session.close((short) 4400, "A subscribe message needs an id and a payload");
            return;
        }
        JsonObject payload;
        try {
            payload = withPersistedDocument(sent);
        } catch (CaravanException refusal) {
            refuseQuietly(id, refusal);
            return;
        }
        JsonObject subscribe = payload == sent ? message
                : jsonProvider().createObjectBuilder(message).add("payload", payload).build();
        Optional<CaravanException> known = documentLimits.knownRefusal(text(payload, "query"));
        if (known.isPresent()) {
            refuseQuietly(id, known.get()); // a document refused before: answered here, no worker needed
            return;
        }
        // Operations handed to a worker count from now: SmallRye registers them only once it runs them.
        Set<String> running = new HashSet<>(activeOperations.keySet());
        running.addAll(starting);
        if (running.size() >= limits.maxOperationsPerConnection() && !running.contains(id)) {
            refuseQuietly(id, new CaravanException(ErrorCode.TOO_MANY_OPERATIONS, "This connection has "
                    + running.size() + " operations running; at most " + limits.maxOperationsPerConnection()
                    + " are allowed. Complete one first."));
            return;
        }
        starting.add(id);
        vertx.executeBlocking(() -> {
            try {
                start(id, payload, subscribe);
            } finally {
                started(id);
            }
            return null;
        }, false);
    }

    private void start(String id, JsonObject payload, JsonObject message) throws IOException {
        String query = text(payload, "query");
        Optional<CaravanException> refusal = documentLimits.refusal(query);
        if (refusal.isPresent()) {
            refuse(id, refusal.get());
        } else {
            super.onMessage(message);
        }
    }

    /** The payload with the document to run: its own query, or the persisted document its extensions name. */
    private JsonObject withPersistedDocument(JsonObject payload) {
        String query = text(payload, "query");
        String document = persistedQueries.documentToRun(query,
                payload.get("extensions") instanceof JsonObject extensions ? extensions : null);
        return document == null || document.equals(query) ? payload
                : jsonProvider().createObjectBuilder(payload).add("query", document).build();
    }

    /** The string at {@code key}, or null when absent or of another JSON type (hostile clients send anything). */
    private static String text(JsonObject object, String key) {
        return object != null && object.get(key) instanceof JsonString string ? string.getString() : null;
    }

    /** A complete sent while its operation is still starting waits for it (SmallRye would not know the id yet). */
    private synchronized boolean completeOnceStarted(String id) {
        return starting.contains(id) && completedEarly.add(id);
    }

    private void started(String id) {
        boolean completed;
        synchronized (this) {
            starting.remove(id);
            completed = completedEarly.remove(id);
        }
        if (completed) {
            super.onMessage(jsonProvider().createObjectBuilder().add("type", "complete").add("id", id).build());
        }
    }

    /** The protocol's error message for one operation: the connection stays open. */
    private void refuse(String id, CaravanException error) throws IOException {
        var extensions = jsonProvider().createObjectBuilder();
        error.getExtensions().forEach((key, value) -> extensions.add(key, String.valueOf(value)));
        session.sendMessage(jsonProvider().createObjectBuilder().add("id", id).add("type", "error")
                .add("payload", jsonProvider().createArrayBuilder().add(jsonProvider().createObjectBuilder()
                        .add("message", error.getMessage()).add("extensions", extensions)))
                .build().toString());
    }

    private void refuseQuietly(String id, CaravanException error) {
        try {
            refuse(id, error);
        } catch (IOException e) {
            LOG.warn(e);
        }
    }

    @Override
    public void onClose() {
        vertx.cancelTimer(initTimer);
        super.onClose();
    }
}
