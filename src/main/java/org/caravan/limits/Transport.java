package org.caravan.limits;

import java.util.Map;

import graphql.GraphQLContext;

/**
 * How a request arrived, as far as the pipeline's rules differ: a GET may not run a mutation, and plain HTTP
 * cannot carry a subscription's stream. A transport names itself in the request's GraphQL context; a request
 * that does not (SmallRye's WebSocket transport) counts as {@link #WEBSOCKET}.
 */
public enum Transport {
    HTTP_GET, HTTP_POST, WEBSOCKET;

    private static final String KEY = Transport.class.getName();

    public void attachTo(Map<String, Object> context) {
        context.put(KEY, this);
    }

    public static Transport of(GraphQLContext context) {
        return context.getOrDefault(KEY, WEBSOCKET);
    }
}
