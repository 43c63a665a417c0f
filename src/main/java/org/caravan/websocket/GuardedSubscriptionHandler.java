package org.caravan.websocket;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.caravan.limits.DocumentLimits;

/**
 * SmallRye's graphql-transport-ws handler with Caravan's guards around it: connection_init within
 * {@link WebSocketLimitsConfig#connectionInitTimeout()} (then 4408, as the protocol says), at most
 * {@link WebSocketLimitsConfig#maxOperationsPerConnection()} operations at once, each document measured by the same
 * {@link DocumentLimits} as over HTTP, and each operation run on a worker thread of its own, never on the event
 * loop. The engine's pipeline (org.caravan.pipeline) then applies the cost, the transport's rules and the time
 * limit, as for HTTP; the time limit counts from when the operation starts on its worker thread.
 */
final class GuardedSubscriptionHandler extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

    private final Vertx vertx;
    private final WebSocketLimitsConfig limits;
    private final DocumentLimits documentLimits;
    private final long initTimer;

    GuardedSubscriptionHandler(GraphQLWebSocketSession session, Map<String, Object> context, RoutingContext ctx,
            SmallRyeGraphQLAbstractHandler front, WebSocketLimitsConfig limits, DocumentLimits documentLimits) {
        super(session, context, ctx, front, Optional.empty());
        this.vertx = ctx.vertx();
        this.limits = limits;
        this.documentLimits = documentLimits;
        this.initTimer = vertx.setTimer(limits.connectionInitTimeout().toMillis(), id -> {
            if (!connectionInitialized.get() && !session.isClosed()) {
                session.close((short) 4408, "Connection initialisation timeout");
            }
        });
    }

    @Override
    protected void onMessage(JsonObject message) {
        if (message == null || !"subscribe".equals(message.getString("type", null)) || !connectionInitialized.get()) {
            super.onMessage(message); // SmallRye answers pings, acks, completes, and closes uninitialised sockets
            return;
        }
        String id = message.getString("id", null);
        JsonObject payload = message.getJsonObject("payload");
        if (id == null || payload == null) {
            session.close((short) 4400, "A subscribe message needs an id and a payload");
            return;
        }
        if (activeOperations.size() >= limits.maxOperationsPerConnection() && !activeOperations.containsKey(id)) {
            try {
                refuse(id, new CaravanException(ErrorCode.TOO_MANY_OPERATIONS, "This connection has "
                        + activeOperations.size() + " operations running; at most "
                        + limits.maxOperationsPerConnection() + " are allowed. Complete one first."));
            } catch (IOException e) {
                LOG.warn(e);
            }
            return;
        }
        vertx.executeBlocking(() -> {
            String query = payload.get("query") instanceof jakarta.json.JsonString text ? text.getString() : null;
            Optional<CaravanException> refusal = documentLimits.refusal(query);
            if (refusal.isPresent()) {
                refuse(id, refusal.get());
            } else {
                super.onMessage(message);
            }
            return null;
        }, false);
    }

    /** The protocol's error message for one operation: the connection stays open. */
    private void refuse(String id, CaravanException error) throws IOException {
        var extensions = Json.createObjectBuilder();
        error.getExtensions().forEach((key, value) -> extensions.add(key, String.valueOf(value)));
        session.sendMessage(Json.createObjectBuilder().add("id", id).add("type", "error")
                .add("payload", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", error.getMessage()).add("extensions", extensions)))
                .build().toString());
    }

    @Override
    public void onClose() {
        vertx.cancelTimer(initTimer);
        super.onClose();
    }
}
