package org.caravan.websocket;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one WebSocket client may hold open at /graphql (docs/api.md, "Limits on hostile queries"); each document passes the same limits as over HTTP. */
@ConfigMapping(prefix = "caravan.websocket")
public interface WebSocketLimitsConfig {

    /** Operations (subscriptions, and queries still running) one connection may have at once. */
    @WithDefault("10")
    int maxOperationsPerConnection();

    /** Connections open at once from one client address. */
    @WithDefault("20")
    int maxConnectionsPerAddress();

    /** Time a client has, once connected, to send connection_init; then the socket closes with 4408. */
    @WithDefault("5s")
    Duration connectionInitTimeout();
}
