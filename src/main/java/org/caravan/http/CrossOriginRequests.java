package org.caravan.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for a public read API: a web page on any origin may call {@code /graphql} and the downloads, without the
 * browser's stored credentials ({@code Access-Control-Allow-Origin: *}); only the origins of
 * {@code quarkus.http.cors.origins} (the same list the WebSocket origin check trusts) are answered with their own
 * origin and {@code Access-Control-Allow-Credentials: true}, so only their pages can act with a signed-in editor's
 * saved login. Quarkus's own CORS filter cannot say both at once, hence this handler, placed before authentication
 * so that a preflight is answered even where reads need a login.
 */
@ApplicationScoped
public class CrossOriginRequests {

    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    /** Headers a page may read from an answer besides the always-readable ones: a download's file name, a retry. */
    static final String EXPOSED = "Content-Disposition, Retry-After, ETag";
    static final int PREFLIGHT_MAX_AGE_SECONDS = 600;

    @ConfigProperty(name = "caravan.cors.any-origin", defaultValue = "true")
    boolean anyOrigin;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> origins;

    private List<String> trusted;

    void register(@Observes Router router) {
        trusted = origins.orElse(List.of()).stream().map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
        router.routeWithRegex("^/(graphql|export)(/.*)?$").order(Integer.MIN_VALUE + 2).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        boolean trustedOrigin = trusted.contains(origin.toLowerCase(Locale.ROOT));
        response.headers().add(HttpHeaders.VARY, "Origin");
        if (trustedOrigin) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        } else if (anyOrigin) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else {
            context.next(); // no CORS headers: the browser keeps the answer from the page
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        String requestedMethod = context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        if (context.request().method() == HttpMethod.OPTIONS && requestedMethod != null) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
            String requestedHeaders = context.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
            if (requestedHeaders != null) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, requestedHeaders);
            }
            response.putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, Integer.toString(PREFLIGHT_MAX_AGE_SECONDS));
            response.setStatusCode(204).end();
            return;
        }
        context.next();
    }
}
