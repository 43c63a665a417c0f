package org.caravan.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.vertx.ext.web.MIMEHeader;

/**
 * The two media types a GraphQL-over-HTTP response may have. A client that names neither (no Accept header,
 * or only wildcards) gets application/json, which every client understands; the specification asks servers
 * to keep doing so for legacy clients.
 */
public enum ResponseMediaType {

    /** Errors before execution are 4xx, so a client can tell a refused request from a partial result. */
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    /** Every well-formed GraphQL request is 200; the errors are in the body. */
    JSON("application/json");

    private final String name;

    ResponseMediaType(String name) {
        this.name = name;
    }

    public String contentType() {
        return name + "; charset=utf-8";
    }

    /** "type/subtype" of a media type or range, in lower case, without its parameters. */
    static String essence(String mediaType) {
        int parameters = mediaType.indexOf(';');
        return (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    /** The preferred acceptable type, in the order of the client's Accept header (quality weights first). */
    public static Optional<ResponseMediaType> negotiate(List<MIMEHeader> accepted) {
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MIMEHeader header : accepted) {
            String type = essence(header.rawValue());
            if (type.equals(GRAPHQL_RESPONSE_JSON.name)) {
                return Optional.of(GRAPHQL_RESPONSE_JSON);
            }
            if (type.equals(JSON.name) || type.equals("*/*") || type.equals("application/*")) {
                return Optional.of(JSON);
            }
        }
        return Optional.empty();
    }
}
