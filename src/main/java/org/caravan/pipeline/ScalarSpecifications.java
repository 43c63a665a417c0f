package org.caravan.pipeline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

/**
 * Says where each custom scalar's text form is specified ({@code @specifiedBy}), so that clients and code
 * generators can parse it without guessing. SmallRye GraphQL builds the scalars without it, and the schema's types
 * are left as it built them: the engine answers introspection's specifiedByURL through {@link #inIntrospection},
 * and the printed schema gets the directive through {@link #inSdl}. (Copying the scalars with graphql-java's
 * SchemaTransformer would copy every type that uses them, and rewires the original schema's type references to the
 * copies: a variable of an input type would then no longer match its own argument.)
 */
public final class ScalarSpecifications {

    private static final Map<String, String> SPECIFIED_BY = Map.of(
            "Date", "https://scalars.graphql.org/andimarek/local-date.html",
            "DateTime", "https://scalars.graphql.org/andimarek/date-time.html",
            "BigDecimal", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/math/BigDecimal.html#%3Cinit%3E(java.lang.String)",
            "BigInteger", "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/math/BigInteger.html#%3Cinit%3E(java.lang.String)");
    private static final Pattern SCALAR = Pattern.compile("(?m)^scalar (\\w+)$");

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

    /** A printed schema (SDL) with {@code @specifiedBy} on each known scalar's definition. */
    public static String inSdl(String sdl) {
        Matcher scalar = SCALAR.matcher(sdl);
        StringBuilder specified = new StringBuilder();
        while (scalar.find()) {
            String url = SPECIFIED_BY.get(scalar.group(1));
            scalar.appendReplacement(specified, Matcher.quoteReplacement(url == null ? scalar.group()
                    : scalar.group() + " @specifiedBy(url : \"" + url + "\")"));
        }
        return scalar.appendTail(specified).toString();
    }
}
