package org.caravan.graphiql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;


import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Opens GraphiQL (/q/graphql-ui) with the example queries an analyst starts from, one tab each: the files listed
 * in examples/index.txt, the same queries the README and docs/api.md show. SmallRye's page takes its settings from
 * its render.js; this serves Caravan's own render.js in its place. Nothing is served when the UI is switched off.
 */
@ApplicationScoped
public class GraphiQLExamples {

    static final String EXAMPLES = "examples/";

    @Inject
    GraphiQLConfig config;

    void register(@Observes Router router) {
        if (!config.enabled()) {
            return;
        }
        String script = resource("graphiql/render.js").replace("/*EXAMPLES*/[]", examplesAsJson());
        String path = config.urlPath() + "/render.js";
        router.get(path).order(-3).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/javascript; charset=UTF-8").end(script));
    }

    /** The example documents, in the order of examples/index.txt. */
    public static List<String> examples() {
        return resource(EXAMPLES + "index.txt").lines().map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> resource(EXAMPLES + name)).toList();
    }

    private static String examplesAsJson() {
        JsonArrayBuilder array = jsonProvider().createArrayBuilder();
        examples().forEach(array::add);
        return array.build().toString();
    }

    private static String resource(String name) {
        try (InputStream in = GraphiQLExamples.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
