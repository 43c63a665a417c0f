package org.caravan;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A graphql-transport-ws connection to /graphql, message by message, with Vert.x's WebSocket client: enough to
 * send what a hostile client sends and read exactly what the server answers.
 */
public final class WebSocketGraphQL implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Vertx vertx;
    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Short> closedWith = new CompletableFuture<>();

    private WebSocketGraphQL(Vertx vertx, WebSocket socket) {
        this.vertx = vertx;
        this.socket = socket;
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
        socket.closeHandler(closed -> closedWith.complete(socket.closeStatusCode()));
    }

    /** Opens a connection; {@code headers} such as Origin or Authorization go with the upgrade request. */
    public static WebSocketGraphQL open(URL endpoint, Map<String, String> headers) throws Exception {
        Vertx vertx = Vertx.vertx();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost())
                .setPort(endpoint.getPort()).setURI(endpoint.getPath()).addSubProtocol("graphql-transport-ws");
        headers.forEach(options::addHeader);
        WebSocketClient client = vertx.createWebSocketClient();
        try {
            WebSocket socket = client.connect(options).toCompletionStage().toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return new WebSocketGraphQL(vertx, socket);
        } catch (Exception e) {
            vertx.close();
            throw e;
        }
    }

    public static WebSocketGraphQL open(URL endpoint) throws Exception {
        return open(endpoint, Map.of());
    }

    /** Opens a connection and completes the protocol's handshake. */
    public static WebSocketGraphQL initialised(URL endpoint) throws Exception {
        WebSocketGraphQL connection = open(endpoint);
        connection.send(new JsonObject().put("type", "connection_init"));
        JsonObject ack = connection.next();
        if (!"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("expected connection_ack, got " + ack);
        }
        return connection;
    }

    public void send(JsonObject message) {
        socket.writeTextMessage(message.encode());
    }

    /** Sends a subscribe message for {@code query}. */
    public void subscribe(String id, String query) {
        send(new JsonObject().put("type", "subscribe").put("id", id).put("payload", new JsonObject().put("query", query)));
    }

    /**
     * Runs a query or mutation and returns what a GraphQL-over-HTTP client would get: the next message's payload
     * ({data, errors, extensions}), or {errors} when the server answers with an error message.
     */
    public JsonObject execute(String query) throws InterruptedException {
        return execute(new JsonObject().put("query", query));
    }

    /** {@link #execute(String)} with a payload of one's own: a persisted query's extensions, variables. */
    public JsonObject execute(JsonObject payload) throws InterruptedException {
        String id = Long.toHexString(System.nanoTime());
        send(new JsonObject().put("type", "subscribe").put("id", id).put("payload", payload));
        while (true) {
            JsonObject message = next();
            if (!id.equals(message.getString("id"))) {
                continue;
            }
            switch (message.getString("type")) {
                case "next":
                    return message.getJsonObject("payload");
                case "error":
                    return new JsonObject().put("errors", message.getJsonArray("payload"));
                default:
                    throw new AssertionError("unexpected message " + message);
            }
        }
    }

    /** The next message other than the server's keep-alive pings. */
    public JsonObject next() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonObject message = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("no message from the server within " + WAIT);
            }
            if (!"ping".equals(message.getString("type"))) {
                return message;
            }
        }
    }

    /** The status code the server closed the connection with. */
    public short awaitClose() throws Exception {
        return closedWith.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    public static String firstErrorCode(JsonObject result) {
        JsonArray errors = result.getJsonArray("errors");
        return errors == null || errors.isEmpty() ? null
                : errors.getJsonObject(0).getJsonObject("extensions", new JsonObject()).getString("code");
    }

    @Override
    public void close() {
        socket.close();
        vertx.close();
    }
}
