package org.caravan.websocket;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.vertx.core.http.HttpServerRequest;

/**
 * Which web pages may open a WebSocket to Caravan. A browser sends its page's {@code Origin} with the upgrade
 * and lets any page connect, cookies and saved credentials included (cross-site WebSocket hijacking), so the
 * server must check it. Allowed: requests without an Origin (programs, not browsers), pages served by Caravan
 * itself (GraphiQL), and the origins of {@code quarkus.http.cors.origins}, the setting that lets those pages call
 * the HTTP endpoint too.
 */
final class AllowedOrigins {

    private final List<String> configured;

    AllowedOrigins(List<String> configured) {
        this.configured = configured.stream().map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    boolean allow(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String normalized = origin.toLowerCase(Locale.ROOT);
        if (configured.contains("*") || configured.contains(normalized)) {
            return true;
        }
        return sameHost(normalized, request.authority() == null ? null : request.authority().toString());
    }

    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
