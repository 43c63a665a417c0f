package org.caravan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.caravan.GraphQL;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A repeated query is answered from the cache without touching the database; answers with errors are not
 * kept. (That a write clears the cache is tested with the mutations, in StatisticMutationsTest.)
 */
@QuarkusTest
public class ResponseCacheTest {

    @Inject
    SessionFactory sessionFactory;

    private String answerCounting(String document, Map<String, Object> variables, long[] statements) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        String body = GraphQL.post(document, variables).extract().asString();
        statements[0] = statistics.getPrepareStatementCount();
        return body;
    }

    @Test
    void aRepeatedQueryIsAnsweredWithoutTheDatabase() {
        // meetings are read from the database every time (figures come from memory, with no statement to count)
        String page = "query($n: Int) { meetings(first: $n) { edges { node { id title place { name } } } } }";
        long[] first = new long[1];
        long[] again = new long[1];
        long[] otherVariables = new long[1];
        String answer = answerCounting(page, Map.of("n", 7), first);
        assertEquals(answer, answerCounting(page, Map.of("n", 7), again));
        answerCounting(page, Map.of("n", 8), otherVariables);
        assertTrue(first[0] > 0, "the first answer ran " + first[0] + " statements");
        assertEquals(0, again[0], "statements of the repeated query");
        assertTrue(otherVariables[0] > 0, "other variables are another query");
    }

    @Test
    void answersWithErrorsAreNotKept() {
        String unknown = "{ place(code: \"atlantis\") { name } }";
        long[] first = new long[1];
        long[] again = new long[1];
        answerCounting(unknown, Map.of(), first);
        answerCounting(unknown, Map.of(), again);
        assertTrue(again[0] > 0, "the failed query ran again: " + again[0] + " statements");
    }
}
