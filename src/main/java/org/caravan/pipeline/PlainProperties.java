package org.caravan.pipeline;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Wrapper;

/**
 * SmallRye reads every property of an answer through a {@link FieldDataFetcher} that first copies the request's
 * context for that one field (its selected fields worked out twice, its path written out as text): most of the
 * engine's time on a page of figures. A property whose value is answered as it is (no number formatting, no
 * adapter, a date only in SmallRye's default ISO form; a list only of such values) is read here directly instead,
 * with the same accessor SmallRye would use, and {@link PlainSelections} can answer selections of them in one pass.
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
                        PropertyReader reader = readerFor(smallRyes);
                        if (reader != null) {
                            builder.dataFetcher(coordinates, reader);
                        }
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(replaced));
    }

    /** A reader for a property SmallRye answers as it is or as an ISO date; null when SmallRye must transform it. */
    private static PropertyReader readerFor(FieldDataFetcher<?> fetcher) {
        try {
            io.smallrye.graphql.schema.model.Field field = (io.smallrye.graphql.schema.model.Field) read(fetcher, "field");
            Reference owner = (Reference) read(fetcher, "owner");
            Reference type = field.getReference();
            boolean adapted = field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith()
                    || type.isAdaptingTo() || type.isAdaptingWith()
                    || field.hasWrapper() && !isPlainCollection(field.getWrapper());
            boolean isoDate = !field.hasWrapper() && type.getClassName().equals(LocalDate.class.getName());
            boolean converted = type.getType() == ReferenceType.SCALAR
                    && !type.getClassName().equals(type.getGraphQLClassName());
            if (adapted || converted && !isoDate) {
                return null;
            }
            Class<?> ownerClass = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            Member accessor = field.getMethodName() == null ? ownerClass.getField(field.getPropertyName())
                    : ownerClass.getMethod(field.getMethodName());
            return isoDate ? new IsoDateReader(new Reader(accessor)) : new Reader(accessor);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // SmallRye's fetcher changed shape, or the native binary cannot see the member: keep SmallRye's fetcher,
            // which is correct, only slower
            return null;
        }
    }

    /** A list, set or other collection of values SmallRye passes on as they are (not an array, map or optional). */
    private static boolean isPlainCollection(Wrapper wrapper) {
        return wrapper.isCollection() && !wrapper.hasWrapper();
    }

    private static Object read(FieldDataFetcher<?> fetcher, String name) throws ReflectiveOperationException {
        Field field = FieldDataFetcher.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(fetcher);
    }

    /** Reads one property of the source object. */
    private record Reader(Member accessor) implements PropertyReader {

        @Override
        public Object read(Object source) throws ReflectiveOperationException {
            return accessor instanceof Method method ? method.invoke(source) : ((Field) accessor).get(source);
        }
    }

    /** Reads a date, written as SmallRye writes a date without a format of its own (ISO 8601, 2025-06-30). */
    private record IsoDateReader(Reader date) implements PropertyReader {

        @Override
        public Object read(Object source) throws ReflectiveOperationException {
            Object value = date.read(source);
            return value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
        }
    }
}
