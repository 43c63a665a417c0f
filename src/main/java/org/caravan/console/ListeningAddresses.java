package org.caravan.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import jakarta.inject.Inject;

import org.caravan.graphiql.GraphiQLConfig;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.HttpServerStart;

/**
 * Tells whoever started Caravan where to point a browser or a client, once the HTTP server listens: Quarkus's own
 * line names the bound address (0.0.0.0), which is not a page to open.
 */
@ApplicationScoped
class ListeningAddresses {

    @Inject
    GraphiQLConfig graphiql;

    void announce(@ObservesAsync HttpServerStart start) {
        String host = start.options().getHost();
        if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        String base = "http://" + host + ":" + start.options().getPort();
        if (graphiql.enabled()) {
            Log.infof("Caravan is ready. GraphiQL: %s%s  GraphQL endpoint: %s/graphql", base, graphiql.urlPath(), base);
        } else {
            Log.infof("Caravan is ready. GraphQL endpoint: %s/graphql", base);
        }
    }
}
