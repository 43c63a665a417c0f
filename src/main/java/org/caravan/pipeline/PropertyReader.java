package org.caravan.pipeline;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * A field answered by reading one property of its source object, with nothing done to the value: no formatting,
 * no adapter, no database. {@link PlainSelections} answers whole selections of such fields in one pass.
 */
interface PropertyReader extends TrivialDataFetcher<Object> {

    /** The property's value in {@code source}, which is not null. */
    Object read(Object source) throws Exception;

    @Override
    default Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        return source == null ? null : read(source);
    }
}
