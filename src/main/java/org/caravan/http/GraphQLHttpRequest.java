package org.caravan.http;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

/**
 * The four parameters of a GraphQL-over-HTTP request, read from a GET query string or a POST JSON body and
 * checked for their types. Anything malformed is a 400 {@link CaravanException}, before the engine sees it. The
 * query may be missing when the extensions name a persisted document ({@link #withDocument}).
 */
public record GraphQLHttpRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    public static GraphQLHttpRequest fromQueryString(MultiMap parameters) {
        return new GraphQLHttpRequest(blankToNull(parameters.get("query")), emptyToNull(parameters.get("operationName")),
                jsonObjectParameter(parameters.get("variables"), "variables"),
                jsonObjectParameter(parameters.get("extensions"), "extensions"));
    }

    public static GraphQLHttpRequest fromJsonBody(Buffer body) {
        if (body == null || body.length() == 0) {
            throw invalid("The request has no body: POST a JSON object with a 'query'.");
        }
        JsonValue json = parseJson(utf8(body), "The body");
        if (json.getValueType() == JsonValue.ValueType.ARRAY) {
            throw new CaravanException(ErrorCode.TOO_MANY_OPERATIONS,
                    "Batched requests (a JSON array) are not supported: send one operation per request.");
        }
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid("The body must be a JSON object with a 'query'.");
        }
        JsonObject object = json.asJsonObject();
        return new GraphQLHttpRequest(blankToNull(optionalString(object, "query")), optionalString(object, "operationName"),
                optionalObject(object, "variables"), optionalObject(object, "extensions"));
    }

    /**
     * The same request with the document to run: its own query, or the persisted document its extensions name
     * (null when it has neither, a 400).
     */
    public GraphQLHttpRequest withDocument(String document) {
        if (document == null) {
            throw invalid("The request has no 'query': send the GraphQL document, or the hash of a persisted one in"
                    + " extensions.persistedQuery.");
        }
        return document.equals(query) ? this : new GraphQLHttpRequest(document, operationName, variables, extensions);
    }

    /** The request as SmallRye GraphQL's execution service reads it. */
    public JsonObject toExecutionInput() {
        JsonObjectBuilder input = jsonProvider().createObjectBuilder().add("query", query);
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        if (variables != null) {
            input.add("variables", variables);
        }
        if (extensions != null) {
            input.add("extensions", extensions);
        }
        return input.build();
    }

    private static String utf8(Buffer body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new CaravanException(ErrorCode.INVALID_ENCODING, "The body is not valid UTF-8.");
        }
    }

    private static JsonValue parseJson(String text, String what) {
        try (JsonReader reader = jsonProvider().createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (RuntimeException e) { // Parsson reports nesting deeper than it allows as a bare RuntimeException
            throw new CaravanException(ErrorCode.INVALID_JSON, what + " is not valid JSON: " + e.getMessage());
        }
    }

    private static String optionalString(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return emptyToNull(string.getString());
        }
        throw invalid("'" + name + "' must be a string or null.");
    }

    private static JsonObject optionalObject(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        throw invalid("'" + name + "' must be a JSON object or null.");
    }

    private static JsonObject jsonObjectParameter(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonValue value = parseJson(text, "The '" + name + "' parameter");
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        throw invalid("The '" + name + "' parameter must be a JSON object.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static CaravanException invalid(String message) {
        return new CaravanException(ErrorCode.INVALID_REQUEST, message);
    }
}
