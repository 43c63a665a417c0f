package org.caravan.graphiql;

import io.smallrye.config.ConfigMapping;

/**
 * Where GraphiQL is served, and whether it is: read from Quarkus's own settings, which application.properties
 * hands on (caravan.graphiql.*), so their defaults are written once.
 */
@ConfigMapping(prefix = "caravan.graphiql")
public interface GraphiQLConfig {

    /** False when quarkus.smallrye-graphql.ui.enabled switches the UI off. */
    boolean enabled();

    /** The UI's path below the server's root, e.g. q/graphql-ui. */
    String path();

    /** The path as a URL path: one leading slash, none trailing. */
    default String urlPath() {
        return "/" + path().replaceAll("/+", "/").replaceAll("^/|/$", "");
    }
}
