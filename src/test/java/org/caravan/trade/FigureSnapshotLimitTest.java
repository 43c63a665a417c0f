package org.caravan.trade;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.caravan.GraphQL;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** More figures in force than caravan.figure-snapshot.max-figures allows: no snapshot, every read goes to the database. */
@QuarkusTest
@TestProfile(FigureSnapshotLimitTest.FewFigures.class)
public class FigureSnapshotLimitTest {

    public static class FewFigures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.figure-snapshot.max-figures", "10", "caravan.response-cache.enabled", "false");
        }
    }

    @Inject
    FigureSnapshots snapshots;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aDatasetLargerThanTheLimitIsReadFromTheDatabase() throws InterruptedException {
        assertFalse(snapshots.isCurrent());
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (snapshots.isBuilding()) {
            assertTrue(System.nanoTime() < until, "still building after 30 s");
            Thread.sleep(20);
        }
        assertFalse(snapshots.isCurrent(), "43 bundled figures, at most 10 kept: no snapshot");
        org.hibernate.stat.Statistics counted = sessionFactory.getStatistics();
        counted.clear();
        GraphQL.post("{ statistics(filter: {reporter: \"kashgar\"}, first: 3) { totalCount edges { node { id } } } }")
                .body("errors", nullValue()).body("data.statistics.edges.size()", is(3));
        assertTrue(counted.getPrepareStatementCount() > 0, "the page was read from the database");
    }
}
