package org.caravan.observability;

import java.util.Locale;
import java.util.Optional;

import graphql.language.OperationDefinition;
import io.opentelemetry.api.trace.Span;

/** The operation a GraphQL request ran, as the request metrics tag it: its kind and its name. */
public record OperationLabel(String type, String name) {

    /** A request refused before its document was understood (unreadable, over a limit, ambiguous). */
    public static final OperationLabel UNKNOWN = new OperationLabel("unknown", "unknown");

    public static OperationLabel of(Optional<OperationDefinition> operation) {
        return operation.map(definition -> new OperationLabel(definition.getOperation().name().toLowerCase(Locale.ROOT),
                definition.getName() == null ? "anonymous" : definition.getName())).orElse(UNKNOWN);
    }

    /** Names the operation on the request's trace span, in OpenTelemetry's GraphQL conventions (a no-op untraced). */
    public void describe(Span span) {
        span.setAttribute("graphql.operation.type", type);
        span.setAttribute("graphql.operation.name", name);
    }
}
