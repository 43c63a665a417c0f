package org.caravan.error;

/** Stable codes sent as {@code extensions.code} of a GraphQL error; clients may switch on them. */
public enum ErrorCode {
    UNKNOWN_PLACE,
    UNKNOWN_SOURCE,
    UNKNOWN_STATISTIC,
    UNKNOWN_MEETING,
    UNKNOWN_ROUTE,
    INVALID_PERIOD,
    INVALID_DATE_RANGE,
    INVALID_PAGE_SIZE,
    INVALID_CURSOR,
    INCOMPARABLE_STATISTICS,
    NO_STATED_CONVERSION,
    NO_VALUE,
    INVALID_INPUT,
    DUPLICATE_ID,
    ALREADY_RETRACTED,
    UNAUTHENTICATED,
    FORBIDDEN,
    /** An idempotencyKey used before for another input or operation. */
    IDEMPOTENCY_KEY_REUSED,
    /** A write that collided with another one at the same moment, or an edit of a revision that is no longer the latest. */
    CONFLICT,
    /** The database cannot store writes (full, read-only, unreachable); nothing of the write was kept. */
    STORAGE_UNAVAILABLE,
    /** A chart's parameters match several series. */
    AMBIGUOUS_SERIES,
    /** A chart's parameters match no figure with a value and a period. */
    EMPTY_SERIES,
    /** The document is not GraphQL: the message gives the parser's reason and position. */
    GRAPHQL_PARSE_FAILED,
    /**
     * The document does not validate against the schema (an unknown field, a missing argument), or a variable has
     * the wrong type: graphql-java's words in the message.
     */
    GRAPHQL_VALIDATION_FAILED,
    /** Introspection asked in bad faith, as graphql-java judges it: the same field asked twice, or nested too deep. */
    BAD_FAITH_INTROSPECTION,
    // Refusals of the request pipeline (org.caravan.limits), the same on every transport.
    /** Fields nested deeper than caravan.limits.max-depth. */
    QUERY_TOO_DEEP,
    TOO_MANY_ALIASES,
    TOO_MANY_DIRECTIVES,
    TOO_MANY_TOKENS,
    TOO_MANY_OPERATIONS,
    /** More field selections than caravan.limits.max-fields once every fragment is expanded. */
    TOO_MANY_FIELDS,
    /** A cost (extensions.cost) over caravan.limits.max-cost. */
    QUERY_TOO_COSTLY,
    INTROSPECTION_DISABLED,
    /** A mutation sent with GET. */
    METHOD_NOT_ALLOWED,
    /** A subscription sent over plain HTTP: subscriptions need the WebSocket transport. */
    SUBSCRIPTION_NEEDS_WEBSOCKET,
    REQUEST_TIMEOUT,
    /** An unpaged list longer than the size the cost counts for it: the first items are answered. */
    LIST_TRUNCATED,
    // Persisted queries (org.caravan.persisted), on every transport.
    /** A hash sent alone that this server does not know yet: send the document with its hash once (Apollo's APQ). */
    PERSISTED_QUERY_NOT_FOUND,
    /** A hash sent while persisted queries are turned off (caravan.persisted-queries.enabled=false). */
    PERSISTED_QUERY_NOT_SUPPORTED,
    /** extensions.persistedQuery.sha256Hash is not the SHA-256 of the document sent with it. */
    PERSISTED_QUERY_HASH_MISMATCH,
    /** In the trusted-documents mode: a document, or an id, that the manifest does not list. */
    PERSISTED_QUERY_NOT_IN_LIST,
    // Refusals of the HTTP front (org.caravan.http), answered before GraphQL runs, each with its HTTP status.
    /** Not a GraphQL-over-HTTP request: a missing query, mistyped variables, a batch. */
    INVALID_REQUEST,
    INVALID_JSON,
    /** A body that is not UTF-8. */
    INVALID_ENCODING,
    /** An Accept header that allows neither application/graphql-response+json nor application/json (406). */
    NOT_ACCEPTABLE,
    /** A POST body that is not application/json (415). */
    UNSUPPORTED_MEDIA_TYPE,
    /** Too many wrong passwords from one address (429, with Retry-After). */
    TOO_MANY_LOGIN_FAILURES,
    /** A WebSocket opened by a page from an origin that is not allowed (403). */
    FORBIDDEN_ORIGIN,
    /** More open WebSocket connections from one address than caravan.websocket allows (429). */
    TOO_MANY_CONNECTIONS,
    /** A failure of Caravan's own (500); the server log says why. */
    INTERNAL_ERROR
}
