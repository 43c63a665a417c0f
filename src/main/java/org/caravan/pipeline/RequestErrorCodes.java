package org.caravan.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.introspection.GoodFaithIntrospection.BadFaithIntrospectionError;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorClassification;
import graphql.validation.ValidationErrorType;

import org.caravan.error.ErrorCode;

/**
 * Gives graphql-java's own request errors a stable {@code extensions.code}, as Caravan's errors have: a document
 * that does not validate against the schema (an unknown field, a missing argument) and a variable of the wrong type
 * are GRAPHQL_VALIDATION_FAILED; introspection graphql-java refuses as asked in bad faith (the same field asked
 * twice, nesting past its limit) is BAD_FAITH_INTROSPECTION. Clients can then switch on the code for every error,
 * whatever refused it.
 */
final class RequestErrorCodes extends SimplePerformantInstrumentation {

    static final String CODE = "code";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty() || errors.stream().allMatch(RequestErrorCodes::hasCode)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded = errors.stream().map(RequestErrorCodes::coded).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(coded)));
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey(CODE);
    }

    private static GraphQLError coded(GraphQLError error) {
        if (hasCode(error) || !isRequestError(error)) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put(CODE, (error instanceof BadFaithIntrospectionError ? ErrorCode.BAD_FAITH_INTROSPECTION
                : ErrorCode.GRAPHQL_VALIDATION_FAILED).name());
        // A ValidationError keeps its extensions on the way out; SmallRye writes none for a plain GraphQLError.
        ValidationErrorClassification type = error instanceof ValidationError validation
                ? validation.getValidationErrorType() : ValidationErrorType.WrongType;
        String description = error instanceof ValidationError validation ? validation.getDescription()
                : error.getMessage();
        List<String> path = error instanceof ValidationError validation ? validation.getQueryPath()
                : error.getPath() == null ? null : error.getPath().stream().map(String::valueOf).toList();
        return ValidationError.newValidationError().validationErrorType(type).description(description)
                .sourceLocations(error.getLocations()).queryPath(path).extensions(extensions).build();
    }

    /** The document or its variables do not fit the schema: refused before any resolver could answer. */
    private static boolean isRequestError(GraphQLError error) {
        if (error.getErrorType() == ErrorType.ValidationError || error instanceof BadFaithIntrospectionError) {
            return true;
        }
        return error instanceof ExceptionWhileDataFetching fetching
                && (fetching.getException() instanceof CoercingParseLiteralException
                        || fetching.getException() instanceof CoercingParseValueException);
    }
}
