package org.caravan.pipeline;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

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

    private static final Map<String, String> BOXED = Map.of("int", Integer.class.getName(), "long", Long.class.getName(),
            "boolean", Boolean.class.getName(), "double", Double.class.getName(), "float", Float.class.getName());

    private PlainProperties() {
    }

    /** A reader for a property SmallRye answers as it is or as an ISO date; null when SmallRye must transform it. */
    static PropertyReader readerFor(FieldDataFetcher<?> fetcher) {
        try {
            io.smallrye.graphql.schema.model.Field field = (io.smallrye.graphql.schema.model.Field) read(fetcher, "field");
            Reference owner = (Reference) read(fetcher, "owner");
            Reference type = field.getReference();
            boolean isoDate = !field.hasWrapper() && type.getClassName().equals(LocalDate.class.getName());
            if (!passedOnAsTheyAre(field, field.getWrapper()) && !(isoDate && !isAdapted(field))) {
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

    /**
     * Whether SmallRye passes the field's values on as they are: no transformation or adapter, a scalar that needs
     * no conversion, and either a single value ({@code values} null) or a list, set or other collection of them (not
     * an array, map or optional).
     */
    static boolean passedOnAsTheyAre(io.smallrye.graphql.schema.model.Field field, Wrapper values) {
        Reference type = field.getReference();
        boolean converted = type.getType() == ReferenceType.SCALAR
                && !boxed(type.getClassName()).equals(boxed(type.getGraphQLClassName()));
        boolean plainValues = values == null || values.isCollection() && !values.hasWrapper();
        return !isAdapted(field) && !converted && plainValues;
    }

    /** An int is answered as an Integer is. */
    private static String boxed(String className) {
        return BOXED.getOrDefault(className, className);
    }

    private static boolean isAdapted(io.smallrye.graphql.schema.model.Field field) {
        Reference type = field.getReference();
        return field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith() || type.isAdaptingTo()
                || type.isAdaptingWith();
    }

    static Object read(Object fetcher, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field field = declaring.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(fetcher);
    }

    private static Object read(FieldDataFetcher<?> fetcher, String name) throws ReflectiveOperationException {
        return read(fetcher, FieldDataFetcher.class, name);
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
