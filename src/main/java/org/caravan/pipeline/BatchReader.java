package org.caravan.pipeline;

import java.util.List;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;

/**
 * A field answered for a whole list of sources by one call (what SmallRye calls a batch field), with nothing done to
 * the values it returns. graphql-java reaches it through its own fetcher ({@link #get}, a data loader); a one-pass
 * answer ({@link PlainSelections}) calls {@link #readAll} once with every source of the field in that answer.
 */
interface BatchReader extends DataFetcher<Object> {

    /** The field's value for each source (none null), in the same order. */
    List<?> readAll(List<Object> sources, GraphQLContext request) throws Exception;
}
