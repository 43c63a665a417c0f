package org.caravan.pipeline;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/**
 * Replaces SmallRye's fetchers, where a field can be answered without them, by ones {@link PlainSelections} reads
 * directly: plain properties ({@link PlainProperties}) and batch fields called with their sources alone
 * ({@link BatchCalls}). Every other field keeps SmallRye's fetcher.
 */
final class DirectFetchers {

    private DirectFetchers() {
    }

    static GraphQLSchema of(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry replaced = registry.transform(builder -> {
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
                for (GraphQLFieldDefinition definition : type.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type, definition);
                    DataFetcher<?> smallRyes = registry.getDataFetcher(coordinates, definition);
                    DataFetcher<?> direct = smallRyes instanceof FieldDataFetcher<?> property ? PlainProperties.readerFor(property)
                            : smallRyes instanceof BatchDataFetcher<?> batch ? BatchCalls.callerFor(batch) : null;
                    if (direct != null) {
                        builder.dataFetcher(coordinates, direct);
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(replaced));
    }
}
