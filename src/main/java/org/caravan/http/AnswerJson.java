package org.caravan.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import graphql.ExecutionResult;
import io.smallrye.graphql.execution.ExecutionResponse;

/**
 * The body of an answer. An answer without errors is written straight from graphql-java's result ({"data",
 * "extensions"}) by Jackson; SmallRye first copies every value into a JSON-P tree, which costs more than the
 * writing. An answer with errors is SmallRye's, which decides what of an error a client may see.
 */
final class AnswerJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private AnswerJson() {
    }

    static String of(ExecutionResponse response) {
        ExecutionResult result = response.getExecutionResult();
        if (!result.getErrors().isEmpty() || !result.isDataPresent()) {
            return response.getExecutionResultAsString();
        }
        try {
            return JSON.writeValueAsString(result.toSpecification());
        } catch (JsonProcessingException e) {
            return response.getExecutionResultAsString();
        }
    }
}
