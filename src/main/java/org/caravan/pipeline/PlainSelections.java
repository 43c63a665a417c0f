package org.caravan.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
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
import graphql.execution.ResultPath;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.caravan.limits.ListCaps;

/**
 * graphql-java answers every field of an answer by the same general steps (its position, instrumentation, a
 * fetcher, completion), and on a page of figures those steps cost far more than reading the properties. Where a
 * value's whole selection is made of properties answered as they are ({@link PropertyReader}, enums and scalars
 * serialised by their own type, lists within their caps, {@code __typename}), this strategy reads the selection in
 * one pass into the same maps and lists graphql-java would build. Batch fields ({@link BatchReader}) are read in the
 * same pass, one call for all their sources in the answer, unless the answer is one item of a list that graphql-java
 * completes item by item: there its data loader gathers the items' sources into one call instead.
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
            Shape shape = shapes(context).of(parameters.getField(), parameters.getExecutionStepInfo().getType(),
                    !withinList(parameters.getPath()));
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
            Batches batches = new Batches();
            Object answer = shape.answer(context.getValueUnboxer().unbox(value), context, batches);
            return answer == GIVE_UP || !batches.fill(context) ? GIVE_UP : answer;
        } catch (Exception e) {
            return GIVE_UP;
        }
    }

    private static boolean withinList(ResultPath path) {
        for (ResultPath step = path; step != null && !step.isRootPath(); step = step.getParent()) {
            if (step.isListSegment()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shapes of a request's selections. They depend on its variables (through @skip and @include), so they are
     * worked out for each request, except for a document without variables: its shapes are the same every time it
     * comes (SmallRye keeps parsed documents), so they are kept with it.
     */
    private static Shapes shapes(ExecutionContext context) {
        return context.getGraphQLContext().computeIfAbsent(Shapes.class, key -> {
            Map<String, Object> variables = context.getCoercedVariables().toMap();
            if (!variables.isEmpty()) {
                return new Shapes(context.getGraphQLSchema(), context.getFragmentsByName(), variables);
            }
            Shapes kept = WITHOUT_VARIABLES.get(context.getDocument(),
                    document -> new Shapes(context.getGraphQLSchema(), context.getFragmentsByName(), Map.of()));
            // an engine built twice at start-up shares SmallRye's parsed documents: shapes hold one engine's fetchers
            return kept.schema == context.getGraphQLSchema() ? kept
                    : new Shapes(context.getGraphQLSchema(), context.getFragmentsByName(), Map.of());
        });
    }

    /** By document, compared by identity, and let go with it. */
    private static final Cache<Document, Shapes> WITHOUT_VARIABLES = Caffeine.newBuilder().weakKeys().maximumSize(1_000)
            .build();

    /** How one value of a selection is answered in one pass. */
    private sealed interface Shape {
        /**
         * The answer for {@code value} (already unboxed, possibly null), or {@link #GIVE_UP}; the values of batch
         * fields are left to {@code batches}.
         */
        Object answer(Object value, ExecutionContext context, Batches batches) throws Exception;
    }

    private record NonNull(Shape inner) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context, Batches batches) throws Exception {
            Object answer = value == null ? null : inner.answer(value, context, batches);
            return answer == null ? GIVE_UP : answer;
        }
    }

    private record Leaf(GraphQLScalarType scalar, GraphQLEnumType enumeration) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context, Batches batches) {
            if (value == null) {
                return null;
            }
            return scalar != null ? scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                    : enumeration.serialize(value, context.getGraphQLContext(), context.getLocale());
        }
    }

    private record ListOf(Shape item, int cap) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context, Batches batches) throws Exception {
            if (value == null) {
                return null;
            }
            if (!(value instanceof Collection<?> items) || items.size() > cap) {
                return GIVE_UP; // arrays and other iterables, and the LIST_TRUNCATED error: graphql-java's way
            }
            List<Object> answers = new ArrayList<>(items.size());
            for (Object each : items) {
                Object answer = item.answer(context.getValueUnboxer().unbox(each), context, batches);
                if (answer == GIVE_UP) {
                    return GIVE_UP;
                }
                answers.add(answer);
            }
            return answers;
        }
    }

    /**
     * An object's selected fields, each read by its property reader or left to its batch, or its type's name for
     * __typename (no fetcher).
     */
    private record ObjectOf(String typeName, String[] keys, DataFetcher<?>[] fetchers, Shape[] shapes) implements Shape {
        @Override
        public Object answer(Object value, ExecutionContext context, Batches batches) throws Exception {
            if (value == null) {
                return null;
            }
            Map<String, Object> answer = new LinkedHashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                if (fetchers[i] instanceof BatchReader batch) {
                    answer.put(keys[i], null); // keeps the key's place until the batch fills it in
                    batches.add(batch, value, answer, keys[i], shapes[i]);
                    continue;
                }
                Object property = fetchers[i] == null ? typeName : shapes[i].answer(
                        context.getValueUnboxer().unbox(((PropertyReader) fetchers[i]).read(value)), context, batches);
                if (property == GIVE_UP) {
                    return GIVE_UP;
                }
                answer.put(keys[i], property);
            }
            return answer;
        }
    }

    /** The batch fields met in one answer, waiting to be called once for all their sources. */
    private static final class Batches {

        private record Waiting(Object source, Map<String, Object> answer, String key, Shape shape) {
        }

        private Map<BatchReader, List<Waiting>> waiting = new LinkedHashMap<>();

        void add(BatchReader batch, Object source, Map<String, Object> answer, String key, Shape shape) {
            waiting.computeIfAbsent(batch, any -> new ArrayList<>()).add(new Waiting(source, answer, key, shape));
        }

        /** Calls each batch and puts its answers in place (their own batches next); false to give up. */
        boolean fill(ExecutionContext context) throws Exception {
            while (!waiting.isEmpty()) {
                Map<BatchReader, List<Waiting>> round = waiting;
                waiting = new LinkedHashMap<>();
                for (Map.Entry<BatchReader, List<Waiting>> batch : round.entrySet()) {
                    List<Waiting> each = batch.getValue();
                    List<?> values = batch.getKey().readAll(each.stream().map(Waiting::source).toList(),
                            context.getGraphQLContext());
                    if (values == null || values.size() != each.size()) {
                        return false;
                    }
                    for (int i = 0; i < each.size(); i++) {
                        Waiting one = each.get(i);
                        Object answer = one.shape().answer(context.getValueUnboxer().unbox(values.get(i)), context, this);
                        if (answer == GIVE_UP) {
                            return false;
                        }
                        one.answer().put(one.key(), answer);
                    }
                }
            }
            return true;
        }
    }

    /** Works out, once per selection and type in a request, whether and how it is answered in one pass. */
    private static final class Shapes {
        private final GraphQLSchema schema;
        private final FieldCollectorParameters.Builder collecting;
        private final Map<List<Object>, Optional<Shape>> known = new ConcurrentHashMap<>();

        Shapes(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.schema = schema;
            // the context only says whether @defer is on; no document with it is answered in one pass
            this.collecting = FieldCollectorParameters.newParameters().schema(schema).fragments(fragments)
                    .variables(variables).graphQLContext(GraphQLContext.getDefault());
        }

        /**
         * The shape of {@code field}'s values of {@code type}; null when graphql-java must answer them.
         * @param batching whether batch fields may be read in the pass
         */
        Shape of(MergedField field, GraphQLOutputType type, boolean batching) {
            List<Object> key = List.of(field.getFields(), type, batching);
            Optional<Shape> shape = known.get(key);
            if (shape == null) {
                shape = Optional.ofNullable(workOut(field, type, Integer.MAX_VALUE, batching));
                known.putIfAbsent(key, shape);
            }
            return shape.orElse(null);
        }

        private Shape workOut(MergedField field, GraphQLOutputType type, int cap, boolean batching) {
            if (field.isDeferred()) {
                return null;
            }
            if (type instanceof GraphQLNonNull nonNull) {
                Shape inner = workOut(field, (GraphQLOutputType) nonNull.getWrappedType(), cap, batching);
                return inner == null ? null : new NonNull(inner);
            }
            if (type instanceof GraphQLList list) {
                Shape item = workOut(field, (GraphQLOutputType) list.getWrappedType(), Integer.MAX_VALUE, batching);
                return item == null ? null : new ListOf(item, cap);
            }
            if (type instanceof GraphQLScalarType scalar) {
                return new Leaf(scalar, null);
            }
            if (type instanceof GraphQLEnumType enumeration) {
                return new Leaf(null, enumeration);
            }
            return type instanceof GraphQLObjectType object ? objectOf(field, object, batching) : null; // interfaces, unions
        }

        private Shape objectOf(MergedField field, GraphQLObjectType type, boolean batching) {
            MergedSelectionSet selection;
            synchronized (collecting) {
                selection = FIELDS.collectFields(collecting.objectType(type).build(), field);
            }
            List<String> keys = selection.getKeys();
            DataFetcher<?>[] fetchers = new DataFetcher<?>[keys.size()];
            Shape[] shapes = new Shape[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                MergedField selected = selection.getSubField(keys.get(i));
                if (selected.getName().equals("__typename")) {
                    continue; // read as the type's name
                }
                GraphQLFieldDefinition definition = type.getFieldDefinition(selected.getName());
                DataFetcher<?> fetcher = definition == null ? null : schema.getCodeRegistry()
                        .getDataFetcher(FieldCoordinates.coordinates(type, definition), definition);
                if (definition == null || !definition.getArguments().isEmpty()
                        || !(fetcher instanceof PropertyReader || batching && fetcher instanceof BatchReader)) {
                    return null;
                }
                int cap = ListCaps.capOf(type.getName(), definition.getName());
                Shape shape = workOut(selected, definition.getType(), cap, batching);
                if (shape == null) {
                    return null;
                }
                fetchers[i] = fetcher;
                shapes[i] = shape;
            }
            return new ObjectOf(type.getName(), keys.toArray(String[]::new), fetchers, shapes);
        }
    }
}
