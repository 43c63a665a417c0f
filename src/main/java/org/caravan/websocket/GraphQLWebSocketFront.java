package org.caravan.websocket;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.logging.Log;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.caravan.error.ErrorBody;
import org.caravan.error.ErrorCode;
import org.caravan.limits.DocumentLimits;
import org.caravan.persisted.PersistedQueries;

/**
 * Serves GraphQL over WebSocket (graphql-transport-ws) at /graphql, in front of SmallRye's own WebSocket route:
 * the upgrade is refused (403) for a page whose {@code Origin} is not allowed and (429) past
 * {@link WebSocketLimitsConfig#maxConnectionsPerAddress()} open connections from one address; each accepted
 * connection is a {@link GuardedSubscriptionHandler}. Authentication runs earlier in the router, as for HTTP.
 */
@ApplicationScoped
public class GraphQLWebSocketFront {

    static final String PROTOCOL = "graphql-transport-ws";

    @Inject
    WebSocketLimitsConfig limits;

    @Inject
    DocumentLimits documentLimits;

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentVertxRequest currentRequest;

    private final Map<String, AtomicInteger> openByAddress = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        AllowedOrigins origins = new AllowedOrigins(ConfigProvider.getConfig()
                .getOptionalValues("quarkus.http.cors.origins", String.class).orElse(List.of()));
        // SmallRye's own WebSocket route has order -99, just after Quarkus's authorization handler: this front
        // takes its place, so that an upgrade is authorized (HTTP permissions) before it is taken.
        Route smallRyes = router.getRoutes().stream()
                .filter(route -> route.toString().contains(SmallRyeGraphQLOverWebSocketHandler.class.getSimpleName()))
                .findFirst().orElseThrow(() -> new IllegalStateException("SmallRye GraphQL's WebSocket route was not"
                        + " found; Caravan's WebSocket front must replace it (org.caravan.websocket)."));
        smallRyes.disable();
        router.route("/graphql").order(-99).handler(new Front(origins));
    }

    private final class Front extends SmallRyeGraphQLAbstractHandler {

        private final AllowedOrigins origins;

        Front(AllowedOrigins origins) {
            // runBlocking: each operation runs whole on the worker thread GuardedSubscriptionHandler gives it.
            super(identity, currentRequest, true);
            this.origins = origins;
        }

        @Override
        protected void doHandle(RoutingContext ctx) {
            if (!ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
                ctx.next();
                return;
            }
            if (!origins.allow(ctx.request())) {
                refuse(ctx, 403, ErrorCode.FORBIDDEN_ORIGIN, "Pages from " + ctx.request().getHeader("Origin")
                        + " may not open a WebSocket here; the allowed origins are set by quarkus.http.cors.origins.");
                return;
            }
            String address = ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().host();
            AtomicInteger open = openByAddress.computeIfAbsent(address, key -> new AtomicInteger());
            if (open.incrementAndGet() > limits.maxConnectionsPerAddress()) {
                release(address, open);
                refuse(ctx, 429, ErrorCode.TOO_MANY_CONNECTIONS, "At most " + limits.maxConnectionsPerAddress()
                        + " WebSocket connections may be open from one address.");
                return;
            }
            Map<String, Object> metaData = getMetaData(ctx);
            ctx.request().toWebSocket().onComplete(upgraded -> {
                if (upgraded.failed()) {
                    release(address, open);
                    Log.debugf("WebSocket upgrade failed: %s", upgraded.cause().getMessage());
                    return;
                }
                ServerWebSocket socket = upgraded.result();
                socket.closeHandler(closed -> release(address, open));
                if (!PROTOCOL.equals(socket.subProtocol())) {
                    socket.close((short) 4406, "Subprotocol not acceptable: use " + PROTOCOL);
                    return;
                }
                GuardedSubscriptionHandler handler = new GuardedSubscriptionHandler(new Session(socket), metaData, ctx,
                        this, limits, documentLimits, persistedQueries);
                socket.closeHandler(closed -> {
                    release(address, open);
                    handler.onClose();
                });
                socket.exceptionHandler(handler::onThrowable);
                socket.textMessageHandler(handler::onMessage);
            });
        }

        private void release(String address, AtomicInteger open) {
            if (open.decrementAndGet() <= 0) {
                openByAddress.remove(address, open);
            }
        }

        private static void refuse(RoutingContext ctx, int status, ErrorCode code, String message) {
            ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .end(ErrorBody.of(code, message));
        }
    }

    private record Session(ServerWebSocket socket) implements GraphQLWebSocketSession {
        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short statusCode, String reason) {
            socket.close(statusCode, reason);
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }
    }
}
