package org.caravan.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

import org.dataloader.BatchLoaderWithContext;
import org.dataloader.CacheKey;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

/**
 * SmallRye makes a data loader for every batch field of the schema (22 of them) at the start of every request, each
 * with a resolver of its own found by reflection, though most requests use none: a tenth of a partner ranking's
 * work. Here SmallRye is left none to make, and each request gets a registry that makes a batch field's loader the
 * first time graphql-java asks for it, the same loader SmallRye would have made, around a resolver made once.
 * (A one-pass answer calls batch fields without loaders at all, see {@link BatchCalls}.)
 */
final class LazyDataLoaders extends SimplePerformantInstrumentation {

    private final Map<String, Operation> operations;
    private final Map<String, Type> types;
    private final Map<String, BatchLoaderWithContext<Object, Object>> loaders = new ConcurrentHashMap<>();
    private final DataFetcherFactory fetchers = new DataFetcherFactory();

    /** The model whose batch fields were taken last, with them: SmallRye may build its engine twice at once. */
    private static Taken taken;

    private record Taken(Schema model, Map<String, Operation> operations) {
    }

    /**
     * Takes the batch fields out of SmallRye's model, which its execution reads on every request. Two requests that
     * arrive first together may each build an engine, so a model taken already gives the fields it had.
     */
    static synchronized LazyDataLoaders takenFrom(Schema model) {
        if (taken == null || taken.model() != model) {
            Map<String, Operation> operations = new HashMap<>();
            BatchLoaderHelper names = new BatchLoaderHelper();
            for (Operation operation : model.getBatchOperations()) {
                operations.put(names.getName(operation), operation);
            }
            for (Type type : model.getTypes().values()) {
                if (type.hasBatchOperations()) {
                    type.setBatchOperations(new HashMap<>());
                }
            }
            taken = new Taken(model, Map.copyOf(operations));
        }
        return new LazyDataLoaders(model.getTypes(), taken.operations());
    }

    private LazyDataLoaders(Map<String, Type> types, Map<String, Operation> operations) {
        this.types = types;
        this.operations = operations;
    }

    /** Whether a data loader of this name is made when asked for. */
    boolean makes(String name) {
        return operations.containsKey(name);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return input.transform(builder -> builder.dataLoaderRegistry(new OnFirstUse()));
    }

    /** A request's loaders, each made when first asked for. */
    private final class OnFirstUse extends DataLoaderRegistry {

        @Override
        public <K, V> DataLoader<K, V> getDataLoader(String name) {
            DataLoader<K, V> made = super.getDataLoader(name);
            return made != null || !makes(name) ? made : computeIfAbsent(name, LazyDataLoaders.this::loaderFor);
        }
    }

    /** As SmallRye's ExecutionService makes it: keyed by source, and by the arguments too when the field has some. */
    private DataLoader<?, ?> loaderFor(String name) {
        Operation operation = operations.get(name);
        BatchLoaderWithContext<Object, Object> loader = loaders.computeIfAbsent(name,
                any -> fetchers.getSourceBatchLoader(operation, types.get(operation.getName())));
        if (operation.getArguments().stream().allMatch(Argument::isSourceArgument)) {
            return DataLoaderFactory.newDataLoader(loader);
        }
        return DataLoaderFactory.newDataLoader(loader, DataLoaderOptions.newOptions().setCacheKeyFunction(BY_ARGUMENTS).build());
    }

    private static final CacheKey<Object> BY_ARGUMENTS = new CacheKey<>() {
        @Override
        public Object getKey(Object source) {
            return source;
        }

        @Override
        public Object getKeyWithContext(Object source, Object context) {
            if (context instanceof Map<?, ?> keyContext && keyContext.get("arguments") instanceof List<?> arguments) {
                return Objects.hash(Objects.hash(arguments.toArray()), source.hashCode());
            }
            return source;
        }
    };
}
