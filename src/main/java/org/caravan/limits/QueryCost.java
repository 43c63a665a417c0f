package org.caravan.limits;

import graphql.execution.ExecutionContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of an operation as it will run, with its variables: every field counts 1 for each time it may be
 * resolved, that is, times the assumed size ({@link ListSizes}) of every list it is inside. So
 * {@code statistics(first: 20) { edges { node { id value } } }} costs 1 + 1 + 20 + 20 x 2 = 62. Fragments are
 * expanded and identical fields merged as the engine will run them.
 */
final class QueryCost {

    private QueryCost() {
    }

    static long of(ExecutionContext execution, int maxFields) {
        GraphQLSchema schema = execution.getGraphQLSchema();
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(
                schema, execution.getOperationDefinition(), execution.getFragmentsByName(),
                execution.getCoercedVariables(),
                ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(maxFields));
        long cost = 0;
        for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
            cost = saturatedAdd(cost, cost(schema, field, 1));
        }
        return cost;
    }

    private static long cost(GraphQLSchema schema, ExecutableNormalizedField field, long times) {
        if (field.getFieldName().startsWith("__")) {
            return 0; // introspection (and __typename) is answered from the schema in memory: free, as GraphiQL needs
        }
        long cost = times;
        long timesBelow = times;
        for (String typeName : field.getObjectTypeNames()) {
            GraphQLFieldDefinition definition = schema.getObjectType(typeName) == null ? null
                    : schema.getObjectType(typeName).getFieldDefinition(field.getFieldName());
            if (definition != null && GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList) {
                timesBelow = Math.max(timesBelow, saturatedMultiply(times, ListSizes.of(typeName, field)));
            }
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            cost = saturatedAdd(cost, cost(schema, child, timesBelow));
        }
        return cost;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
