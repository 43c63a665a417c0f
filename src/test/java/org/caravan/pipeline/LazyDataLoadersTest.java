package org.caravan.pipeline;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Schema;

import org.caravan.GraphQL;

/**
 * Batch fields answer the same whether the one pass calls them for a whole page or graphql-java completes the page
 * item by item and asks for their data loaders ({@link LazyDataLoaders} makes those on first use), and SmallRye is
 * left no loaders to make up front.
 */
@QuarkusTest
class LazyDataLoadersTest {

    private static final String BATCH_FIELDS = "id growthFromPrevious { percentChange from { id } }"
            + " previousComparable { id } impliedPreviousValue { text }";

    @Test
    void batchFieldsAnswerTheSameThroughTheirDataLoadersAsInOnePass() {
        List<Map<String, Object>> onePass = nodes("{ statistics(first: 100) { edges { node { " + BATCH_FIELDS
                + " } } } }");
        // citeAs takes an argument, so graphql-java completes each figure, and the batch fields go through loaders
        List<Map<String, Object>> itemByItem = nodes("{ statistics(first: 100) { edges { node { " + BATCH_FIELDS
                + " citeAs(format: BIBTEX) } } } }");
        itemByItem.forEach(node -> assertTrue(((String) node.remove("citeAs")).startsWith("@")));

        assertEquals(onePass, itemByItem);
        long withGrowth = onePass.stream().map(node -> node.get("growthFromPrevious")).filter(Objects::nonNull).count();
        assertTrue(withGrowth >= 3, "only " + withGrowth + " figures with growth: the comparison tests too little");
        assertTrue(Arc.container().instance(Schema.class).get().getBatchOperations().isEmpty(),
                "SmallRye still makes every batch field's loader on each request");
    }

    private static List<Map<String, Object>> nodes(String document) {
        return GraphQL.post(document).body("errors", nullValue()).extract().path("data.statistics.edges.node");
    }
}
