package org.caravan.pipeline;

import java.util.Map;

import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Says where each custom scalar's text form is specified ({@code @specifiedBy}), so that clients and code
 * generators can parse it without guessing. SmallRye GraphQL builds the scalars without it. The printed schema
 * (/graphql/schema.graphql) is printed from {@link #of}; the engine answers introspection's specifiedByURL through
 * {@link #inIntrospection}, which leaves the schema's types as SmallRye built them (a copy of every type that uses
 * a scalar would no longer be the one SmallRye's type resolvers return).
 */
public final class ScalarSpecifications {

    public static final String DIRECTIVE = "specifiedBy";

    private static final Map<String, String> SPECIFIED_BY = Map.of(
            "Date", "https://scalars.graphql.org/andimarek/local-date.html",
            "DateTime", "https://scalars.graphql.org/andimarek/date-time.html",
            "BigDecimal", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/math/BigDecimal.html#%3Cinit%3E(java.lang.String)",
            "BigInteger", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/math/BigInteger.html#%3Cinit%3E(java.lang.String)");

    private ScalarSpecifications() {
    }

    /** The schema with introspection's specifiedByURL answering each known scalar's specification. */
    public static GraphQLSchema inIntrospection(GraphQLSchema schema) {
        DataFetcher<String> url = environment -> environment.getSource() instanceof GraphQLScalarType scalar
                ? SPECIFIED_BY.getOrDefault(scalar.getName(), scalar.getSpecifiedByUrl()) : null;
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(builder -> builder
                .dataFetcher(FieldCoordinates.coordinates("__Type", "specifiedByURL"), url)
                .dataFetcher(FieldCoordinates.coordinates("__Type", "specifiedByUrl"), url));
        return schema.transform(builder -> builder.codeRegistry(registry));
    }

    /** A copy of the schema whose custom scalars carry their specification, for printing. */
    public static GraphQLSchema of(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                String url = SPECIFIED_BY.get(scalar.getName());
                if (url == null || url.equals(scalar.getSpecifiedByUrl())) {
                    return TraversalControl.CONTINUE;
                }
                // The URL for introspection (specifiedByURL), the applied directive for printing the schema.
                return changeNode(context, scalar.transform(builder -> builder.specifiedByUrl(url)
                        .withAppliedDirective(GraphQLAppliedDirective.newDirective().name(DIRECTIVE)
                                .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                                        .type(GraphQLNonNull.nonNull(Scalars.GraphQLString)).valueProgrammatic(url)))));
            }
        });
    }
}
