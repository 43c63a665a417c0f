package org.caravan.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import graphql.schema.GraphQLSchema;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.graphql.execution.SchemaPrinter;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import org.caravan.graphiql.GraphiQLConfig;
import org.caravan.limits.DocumentLimits;
import org.caravan.limits.QueryLimitsConfig;
import org.caravan.observability.GraphQLRequestMetrics;
import org.caravan.persisted.PersistedQueries;
import org.caravan.pipeline.ScalarSpecifications;

/**
 * Puts {@link GraphQLHttpHandler} in front of SmallRye GraphQL's own /graphql route, which answers with 200
 * for every error and ignores the Accept header's defaults (see docs/api.md, "GraphQL over HTTP").
 * Authentication and authorization run earlier in the router, so both still apply.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    @Inject
    QueryLimitsConfig limits;

    @Inject
    DocumentLimits documentLimits;

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    ResponseCache cache;

    @Inject
    GraphQLRequestMetrics metrics;

    @Inject
    GraphiQLConfig graphiql;

    @Inject
    PersistedQueries persistedQueries;

    @Inject
    AnswerHeadersConfig answerHeaders;

    @Inject
    GraphQLSchema schema;

    private String printedSchema;

    void register(@Observes Router router) {
        // SmallRye's schema route sets Allow for OPTIONS but never ends the response, so the client waited forever.
        router.route(HttpMethod.OPTIONS, "/graphql/schema.graphql").order(-1).handler(ctx -> ctx.response()
                .setStatusCode(204).putHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS").end());
        // SmallRye's own printing, with each scalar's @specifiedBy, which SmallRye leaves out.
        router.route(HttpMethod.GET, "/graphql/schema.graphql").order(-1).handler(ctx -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8").end(printedSchema()));
        // HEAD wherever GET works: the schema's GET route answers it, and Vert.x leaves the body out for a HEAD.
        router.route(HttpMethod.HEAD, "/graphql/schema.graphql").order(-1)
                .handler(ctx -> ctx.reroute(HttpMethod.GET, "/graphql/schema.graphql"));
        // A person who opens /graphql in a browser wants GraphiQL, not a 400 for a missing query.
        router.route(HttpMethod.GET, "/graphql").order(-3).handler(ctx -> {
            if (graphiql.enabled() && ctx.queryParams().get("query") == null && prefersHtml(ctx)) {
                ctx.redirect(graphiql.urlPath() + "/");
            } else {
                ctx.next();
            }
        });
        router.route("/graphql").order(-2).handler(BodyHandler.create(false));
        router.route("/graphql").order(-1).handler(new GraphQLHttpHandler(identity, currentRequest, limits,
                documentLimits, cache, metrics, persistedQueries, answerHeaders));
    }

    private synchronized String printedSchema() {
        if (printedSchema == null) {
            printedSchema = ScalarSpecifications.inSdl(new SchemaPrinter().print(schema));
        }
        return printedSchema;
    }

    private static boolean prefersHtml(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        return !accepted.isEmpty() && accepted.get(0).rawValue().startsWith("text/html");
    }
}
