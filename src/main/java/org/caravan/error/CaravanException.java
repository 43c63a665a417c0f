package org.caravan.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * The one error type of Caravan's API. Being a {@link GraphQLError}, its extensions ({@code code} and,
 * where it helps, the offending {@code argument}) reach the client as they are.
 */
public class CaravanException extends RuntimeException implements GraphQLError {

    private final ErrorCode code;
    private final String argument;
    private final Map<String, Object> details;

    public CaravanException(ErrorCode code, String message) {
        this(code, null, message);
    }

    public CaravanException(ErrorCode code, String argument, String message) {
        this(code, argument, message, Map.of());
    }

    /** With {@code details}: further extensions a client can read, such as a refused query's cost and limit. */
    public CaravanException(ErrorCode code, String argument, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.argument = argument;
        this.details = details;
    }

    /** The same error for a field nested under {@code parent}: "reporter" becomes "input.reporter". */
    public CaravanException under(String parent) {
        return new CaravanException(code, argument == null ? parent : parent + "." + argument, getMessage(), details);
    }

    /** The same error for an input sent under another name: "input.amount" becomes "statistics[2].amount". */
    public CaravanException renamed(String from, String to) {
        String moved = argument == null || argument.equals(from) ? to
                : argument.startsWith(from + ".") ? to + argument.substring(from.length()) : to + "." + argument;
        return new CaravanException(code, moved, getMessage(), details);
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.ValidationError;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (argument != null) {
            extensions.put("argument", argument);
        }
        extensions.putAll(details);
        return extensions;
    }
}
