package org.caravan.limits;

import java.util.List;
import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

/**
 * Holds every list without paging to the size the cost counts for it ({@link ListSizes}), so that the cost a
 * client is shown is the most a query can do. A longer list is answered with its first items and a
 * LIST_TRUNCATED error on its path, which says how many there were and where to page through them.
 */
public final class ListCaps extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        var step = parameters.getExecutionStepInfo();
        if (!GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(step.getFieldDefinition().getType()))) {
            return fetcher; // most fields: no list to cap, and no name to build
        }
        int cap = capOf(step.getObjectType().getName(), step.getFieldDefinition().getName());
        if (cap == Integer.MAX_VALUE) {
            return fetcher;
        }
        String field = step.getObjectType().getName() + "." + step.getFieldDefinition().getName();
        return environment -> {
            Object value = fetcher.get(environment);
            if (value instanceof CompletionStage<?> later) {
                return later.thenApply(list -> capped(list, cap, field));
            }
            return capped(value, cap, field);
        };
    }

    /** The most items {@code typeName.fieldName} answers; {@link Integer#MAX_VALUE} for a list without a cap. */
    public static int capOf(String typeName, String fieldName) {
        return ListSizes.UNPAGED.getOrDefault(typeName + "." + fieldName, Integer.MAX_VALUE);
    }

    private static Object capped(Object value, int cap, String field) {
        if (value instanceof DataFetcherResult<?> result) {
            return result.getData() instanceof List<?> list && list.size() > cap
                    ? DataFetcherResult.newResult().data(list.subList(0, cap)).errors(result.getErrors())
                            .error(truncated(field, cap, list.size())).localContext(result.getLocalContext()).build()
                    : result;
        }
        if (value instanceof List<?> list && list.size() > cap) {
            return DataFetcherResult.newResult().data(list.subList(0, cap)).error(truncated(field, cap, list.size()))
                    .build();
        }
        return value;
    }

    private static CaravanException truncated(String field, int cap, int size) {
        return new CaravanException(ErrorCode.LIST_TRUNCATED, null, field + " has " + size + " items; the first "
                + cap + " are answered (docs/api.md, \"Limits on hostile queries\"). Page through all of them with statistics, meetings or"
                + " a narrower filter.", java.util.Map.of("listed", cap, "size", size));
    }
}
