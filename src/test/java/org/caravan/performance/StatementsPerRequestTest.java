package org.caravan.performance;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.caravan.GraphQL;
import org.hamcrest.Matcher;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The number of SQL statements a GraphQL request costs does not grow with the page: nested places, citations
 * and growth are loaded for the whole page at once, never once per row (no N+1). Counted with Hibernate's
 * statistics, which the test profile switches on, with the response cache off so that every request runs.
 */
@QuarkusTest
@TestProfile(NoResponseCache.class)
public class StatementsPerRequestTest {

    private static final String STATISTICS_PAGE = """
            query($first: Int) { statistics(first: $first) { totalCount edges { node {
              id value reporter { name parent { name } } partner { name groups { code } }
              citation { quote source { title publishedOn } }
              previousComparable { id } growthFromPrevious { percentChange from { id } }
              revisions { number } latestRevision consistency { kind }
            } } } }""";
    /** valueIn is an error for a figure whose article states no conversion: those errors are expected here. */
    private static final String CONVERTED_PAGE = """
            query($first: Int) { statistics(first: $first) { edges { node { id valueIn(currency: USD) { value } } } } }""";
    private static final String MEETINGS_PAGE = """
            query($first: Int) { meetings(first: $first) { edges { node {
              id title place { name } places { code } participants { name side { code } }
              outcomes { kind } citation { source { title } } revisions { number } latestRevision
            } } } }""";
    private static final String PLACES_WITH_STATISTICS = """
            { places { code parent { code } statisticsAsReporter { id partner { code } } meetings { id }
              revisions { number } latestRevision } }""";

    @Inject
    SessionFactory sessionFactory;

    /** Statements of one request, counted on the second run so that start-up work is not counted. */
    private long statements(String document, int first) {
        return statements(document, first, "errors", nullValue());
    }

    /** The same, for a document some of whose fields answer with an error: {@code path} must match instead. */
    private long statements(String document, int first, String path, Matcher<?> answer) {
        GraphQL.post(document, Map.of("first", first));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.post(document, Map.of("first", first)).body(path, answer);
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aStatisticsPageCostsTheSameForTenRowsAndForForty() {
        GraphQL.post(STATISTICS_PAGE, Map.of("first", 40)).body("data.statistics.edges", hasSize(40))
                .body("data.statistics.edges.node.growthFromPrevious.percentChange", hasItem(notNullValue()));
        // 10 rows, not fewer: the newest two have no partner, so their page never asks for a partner's groups
        long small = statements(STATISTICS_PAGE, 10);
        long large = statements(STATISTICS_PAGE, 40);
        System.out.printf("statistics page: %d statements for 10 rows, %d for 40%n", small, large);
        assertEquals(small, large, "statements for 10 rows vs 40 rows");
        assertTrue(large <= 12, large + " statements");
    }

    /** Figures, places and sources come from Hibernate's cache, the total from its query cache: only the ids are read. */
    @Test
    void aPageOfFiguresWithTheirPlacesAndSourcesIsOneStatement() {
        String page = """
                query($first: Int) { statistics(first: $first) { totalCount edges { node { id value
                  reporter { name parent { name } } partner { name } citation { quote source { title publishedOn } }
                } } } }""";
        assertEquals(1, statements(page, 40), "statements for 40 rows with places and sources");
    }

    @Test
    void conversionsCostTheSameForTwoRowsAndForForty() {
        long small = statements(CONVERTED_PAGE, 2, "data.statistics.edges", hasSize(2));
        long large = statements(CONVERTED_PAGE, 40, "data.statistics.edges", hasSize(40));
        System.out.printf("valueIn: %d statements for 2 rows, %d for 40%n", small, large);
        assertTrue(large <= small, "statements for 2 rows " + small + " vs 40 rows " + large);
    }

    @Test
    void aMeetingsPageCostsNoMoreForAllRowsThanForOne() {
        long small = statements(MEETINGS_PAGE, 1);
        long large = statements(MEETINGS_PAGE, 8);
        System.out.printf("meetings page: %d statements for 1 row, %d for 8%n", small, large);
        // Fewer is fine: one row's place may sit deeper in the place hierarchy (one batch per level) than the
        // places of all eight together.
        assertTrue(large <= small, "statements for 1 row " + small + " vs 8 rows " + large);
    }

    @Test
    void placesWithTheirStatisticsAreBatched() {
        long count = statements(PLACES_WITH_STATISTICS, 0);
        System.out.printf("28 places with statistics and meetings: %d statements%n", count);
        assertTrue(count <= 10, count + " statements");
    }
}
