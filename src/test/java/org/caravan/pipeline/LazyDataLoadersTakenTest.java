package org.caravan.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;

/**
 * SmallRye may build its engine twice when the first requests arrive together: the engine built second must make
 * the same data loaders as the first, though the first took the batch fields out of the model already.
 */
class LazyDataLoadersTakenTest {

    @Test
    void aModelTakenTwiceGivesItsBatchFieldsBothTimes() {
        Schema model = modelWithBatchField("Figure", "growth");

        LazyDataLoaders first = LazyDataLoaders.takenFrom(model);
        LazyDataLoaders second = LazyDataLoaders.takenFrom(model);

        assertTrue(first.makes("Figure_growth"));
        assertTrue(second.makes("Figure_growth"), "the engine built second would answer batch fields with errors");
        assertTrue(model.getBatchOperations().isEmpty(), "SmallRye would still make every loader on each request");
        LazyDataLoaders ofAnotherModel = LazyDataLoaders.takenFrom(modelWithBatchField("Place", "figures"));
        assertTrue(ofAnotherModel.makes("Place_figures"));
        assertFalse(ofAnotherModel.makes("Figure_growth"));
    }

    private static Schema modelWithBatchField(String typeName, String fieldName) {
        Reference source = new Reference();
        source.setName(typeName);
        Operation batch = new Operation();
        batch.setName(fieldName);
        batch.setSourceFieldOn(source);
        Type type = new Type("org.example." + typeName, typeName, null);
        type.addBatchOperation(batch);
        Schema model = new Schema();
        model.addType(type);
        return model;
    }
}
