package org.caravan.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;

import org.caravan.limits.ListCaps;

/**
 * graphql-java answers every field of an answer by the same general steps (its position, instrumentation, a
 * fetcher, completion), and on a page of figures those steps cost far more than reading the properties. Where a
 * value's whole selection is made of properties answered as they are ({@link PropertyReader}, enums and scalars
 * serialised by their own type, lists within their caps, {@code __typename}), this strategy reads the selection in
 * one pass into the same maps and lists graphql-java would build.
 * <p>
 * Everything else takes graphql-java's own way: a resolver, an argument, an interface, a deferred part. So does a
 * value the one pass cannot answer as graphql-java would (a null where the schema says non-null, a list over its
 * cap, a property that throws, a value its scalar refuses): the pass gives up and the same selection is completed
 * again by graphql-java, which reports the error in its usual way. Reading properties has no side effects, so
 * reading them twice is only slower. The one-pass answer is reported to graphql-java as a finished value, so its
 * data loader dispatch waits for no fields below it.
 */
public final class PlainSelections extends AsyncExecutionStrategy {

    private static final FieldCollector FIELDS = new FieldCollector();

    /** What a one-pass answer returns when graphql-java must answer instead. */
    private static final Object GIVE_UP = new Object();

    public PlainSelections(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    @Override
    protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
        Object source = parameters.getSource();
        if (source != null && !(source instanceof DataFetcherResult<?>) && !context.hasIncrementalSupport()) {
            Shape shape = shapes(context).of(parameters.getField(), parameters.getExecutionStepInfo().getType());
            if (shape != null) {
                Object answer = answerOrGiveUp(shape, source, context);
                if (answer != GIVE_UP) {
                    return new FieldValueInfo(FieldValueInfo.CompleteValueType.SCALAR, answer);
                }
            }
        }
        return super.completeValue(context, parameters);
    }

    private static Object answerOrGiveUp(Shape shape, Object value, ExecutionContext context) {
        try {
            return shape.answer(context.getValueUnboxer().unbox(value), context);
        } catch (Exception e) {
            return GIVE_UP;
        }
    }

    /** The shapes worked out for one request (selections depend on its variables through @skip and @include). */
    private static Shapes shapes(ExecutionContext context) {
        return context.getGraphQLContext().computeIfAbsent(Shapes.class, key -> new Shapes(context));
    }

    /** How one value of a selection is answered in one pass. */
    private sealed interface Shape {
        /** The answer for {@code value} (already unboxed, possibly null), or {@link #GIVE_UP}. */
        Object answer(Object value, ExecutionContext context) throws Exception;
    }

    private record NonNull(Shape inner) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context) throws Exception {
            Object answer = value == null ? null : inner.answer(value, context);
            return answer == null ? GIVE_UP : answer;
        }
    }

    private record Leaf(GraphQLScalarType scalar, GraphQLEnumType enumeration) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context) {
            if (value == null) {
                return null;
            }
            return scalar != null ? scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                    : enumeration.serialize(value, context.getGraphQLContext(), context.getLocale());
        }
    }

    private record ListOf(Shape item, int cap) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context) throws Exception {
            if (value == null) {
                return null;
            }
            if (!(value instanceof Collection<?> items) || items.size() > cap) {
                return GIVE_UP; // arrays and other iterables, and the LIST_TRUNCATED error: graphql-java's way
            }
            List<Object> answers = new ArrayList<>(items.size());
            for (Object each : items) {
                Object answer = item.answer(context.getValueUnboxer().unbox(each), context);
                if (answer == GIVE_UP) {
                    return GIVE_UP;
                }
                answers.add(answer);
            }
            return answers;
        }
    }

    /** An object's selected fields, each read by its property reader, or its type's name for __typename. */
    private record ObjectOf(String typeName, String[] keys, PropertyReader[] readers, Shape[] shapes) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context) throws Exception {
            if (value == null) {
                return null;
            }
            Map<String, Object> answer = new LinkedHashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                Object property = readers[i] == null ? typeName
                        : shapes[i].answer(context.getValueUnboxer().unbox(readers[i].read(value)), context);
                if (property == GIVE_UP) {
                    return GIVE_UP;
                }
                answer.put(keys[i], property);
            }
            return answer;
        }
    }

    /** Works out, once per selection and type in a request, whether and how it is answered in one pass. */
    private static final class Shapes {
        private final ExecutionContext context;
        private final FieldCollectorParameters.Builder collecting;
        private final Map<List<Object>, Optional<Shape>> known = new ConcurrentHashMap<>();

        Shapes(ExecutionContext context) {
            this.context = context;
            this.collecting = FieldCollectorParameters.newParameters().schema(context.getGraphQLSchema())
                    .fragments(context.getFragmentsByName()).variables(context.getCoercedVariables().toMap())
                    .graphQLContext(context.getGraphQLContext());
        }

        /** The shape of {@code field}'s values of {@code type}; null when graphql-java must answer them. */
        Shape of(MergedField field, GraphQLOutputType type) {
            List<Object> key = List.of(field.getFields(), type);
            Optional<Shape> shape = known.get(key);
            if (shape == null) {
                shape = Optional.ofNullable(workOut(field, type, Integer.MAX_VALUE));
                known.putIfAbsent(key, shape);
            }
            return shape.orElse(null);
        }

        private Shape workOut(MergedField field, GraphQLOutputType type, int cap) {
            if (field.isDeferred()) {
                return null;
            }
            if (type instanceof GraphQLNonNull nonNull) {
                Shape inner = workOut(field, (GraphQLOutputType) nonNull.getWrappedType(), cap);
                return inner == null ? null : new NonNull(inner);
            }
            if (type instanceof GraphQLList list) {
                Shape item = workOut(field, (GraphQLOutputType) list.getWrappedType(), Integer.MAX_VALUE);
                return item == null ? null : new ListOf(item, cap);
            }
            if (type instanceof GraphQLScalarType scalar) {
                return new Leaf(scalar, null);
            }
            if (type instanceof GraphQLEnumType enumeration) {
                return new Leaf(null, enumeration);
            }
            return type instanceof GraphQLObjectType object ? objectOf(field, object) : null; // interfaces, unions
        }

        private Shape objectOf(MergedField field, GraphQLObjectType type) {
            MergedSelectionSet selection;
            synchronized (collecting) {
                selection = FIELDS.collectFields(collecting.objectType(type).build(), field);
            }
            List<String> keys = selection.getKeys();
            PropertyReader[] readers = new PropertyReader[keys.size()];
            Shape[] shapes = new Shape[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                MergedField selected = selection.getSubField(keys.get(i));
                if (selected.getName().equals("__typename")) {
                    continue; // read as the type's name
                }
                GraphQLFieldDefinition definition = type.getFieldDefinition(selected.getName());
                if (definition == null || !definition.getArguments().isEmpty()
                        || !(context.getGraphQLSchema().getCodeRegistry().getDataFetcher(
                                FieldCoordinates.coordinates(type, definition), definition) instanceof PropertyReader reader)) {
                    return null;
                }
                int cap = ListCaps.capOf(type.getName(), definition.getName());
                Shape shape = workOut(selected, definition.getType(), cap);
                if (shape == null) {
                    return null;
                }
                readers[i] = reader;
                shapes[i] = shape;
            }
            return new ObjectOf(type.getName(), keys.toArray(String[]::new), readers, shapes);
        }
    }
}
