package org.caravan.pipeline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;

import org.caravan.limits.TimeLimit;

/**
 * SmallRye answers a batch field (a resolver given the list of its sources) through a data loader: each source is
 * queued, the queue is dispatched when graphql-java finishes a level, and SmallRye copies the request's context for
 * the call and for each value it completes; on a page of figures with their growth that was over a quarter of the
 * request's work. A batch field whose only argument is its sources and whose values SmallRye passes on as they are
 * keeps SmallRye's fetcher for graphql-java's way, and can also be called directly, once for every source of a
 * one-pass answer ({@link PlainSelections}), under the request's time limit.
 */
@RegisterForReflection(targets = BatchDataFetcher.class, fields = true)
final class BatchCalls {

    private BatchCalls() {
    }

    /** A direct caller for SmallRye's batch field; null when SmallRye must call it. */
    static BatchReader callerFor(BatchDataFetcher<?> fetcher) {
        try {
            Operation operation = (Operation) PlainProperties.read(fetcher, BatchDataFetcher.class, "operation");
            boolean sourcesOnly = operation.getArguments().stream().allMatch(Argument::isSourceArgument);
            boolean asTheyAre = operation.hasWrapper()
                    && PlainProperties.passedOnAsTheyAre(operation, operation.getWrapper().getWrapper());
            if (!sourcesOnly || !asTheyAre) {
                return null;
            }
            Class<?> bean = Class.forName(operation.getClassName(), false, Thread.currentThread().getContextClassLoader());
            Method method = bean.getMethod(operation.getMethodName(), List.class);
            return List.class.isAssignableFrom(method.getReturnType()) ? new Caller(fetcher, bean, method) : null;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // as for properties: SmallRye's fetcher is correct, only slower
        }
    }

    /** Calls the bean's batch method itself; graphql-java's way still goes through SmallRye's fetcher. */
    private record Caller(DataFetcher<?> smallRyes, Class<?> bean, Method method) implements BatchReader {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return smallRyes.get(environment);
        }

        @Override
        public List<?> readAll(List<Object> sources, GraphQLContext request) throws Exception {
            return TimeLimit.callWithin(request, () -> {
                try {
                    return (List<?>) method.invoke(Arc.container().instance(bean).get(), sources);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            });
        }
    }
}
