package org.caravan.pipeline;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;

/**
 * SmallRye reads every property of an answer through a {@link FieldDataFetcher} that first copies the request's
 * context for that one field (its selected fields worked out twice, its path written out as text): most of the
 * engine's time on a page of figures. A property whose value is answered as it is (no date or number
 * formatting, no adapter, not a list) is read here directly instead, with the same accessor SmallRye would use.
 */
@RegisterForReflection(targets = FieldDataFetcher.class, fields = true)
final class PlainProperties {

    private PlainProperties() {
    }

    /** The schema with a direct reader for every plain property. */
    static GraphQLSchema readDirectly(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry replaced = registry.transform(builder -> {
            for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
                for (GraphQLFieldDefinition definition : type.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(type, definition);
                    if (registry.getDataFetcher(coordinates, definition) instanceof FieldDataFetcher<?> smallRyes) {
                        Member accessor = plainAccessor(smallRyes);
                        if (accessor != null) {
                            builder.dataFetcher(coordinates, new Reader(accessor));
                        }
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(replaced));
    }

    /** The Java field or getter behind a property answered as it is; null when SmallRye must transform it. */
    private static Member plainAccessor(FieldDataFetcher<?> fetcher) {
        try {
            io.smallrye.graphql.schema.model.Field field = (io.smallrye.graphql.schema.model.Field) read(fetcher, "field");
            Reference owner = (Reference) read(fetcher, "owner");
            Reference type = field.getReference();
            boolean transformed = field.hasWrapper() || field.hasTransformation() || field.isAdaptingTo()
                    || field.isAdaptingWith() || type.isAdaptingTo() || type.isAdaptingWith()
                    || type.getType() == ReferenceType.SCALAR && !type.getClassName().equals(type.getGraphQLClassName());
            if (transformed) {
                return null;
            }
            Class<?> ownerClass = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            return field.getMethodName() == null ? ownerClass.getField(field.getPropertyName())
                    : ownerClass.getMethod(field.getMethodName());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // SmallRye's fetcher changed shape, or the native binary cannot see the member: keep SmallRye's fetcher,
            // which is correct, only slower
            return null;
        }
    }

    private static Object read(FieldDataFetcher<?> fetcher, String name) throws ReflectiveOperationException {
        Field field = FieldDataFetcher.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(fetcher);
    }

    /** Reads one property of the source object. */
    private record Reader(Member accessor) implements TrivialDataFetcher<Object>, DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws ReflectiveOperationException {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            return accessor instanceof Method method ? method.invoke(source) : ((Field) accessor).get(source);
        }
    }
}
