package org.caravan.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import jakarta.inject.Inject;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A write made by another instance on the same database (here: straight into the tables, past Hibernate and its
 * caches, with the revision every edit writes) is served by this one within its check interval, although this
 * one had the old figure, its total and its answer cached.
 */
@QuarkusTest
@TestProfile(ChangesElsewhereTest.OwnDatabase.class)
public class ChangesElsewhereTest {

    /** An application of its own, so that the figure this test changes is the bundled one again for the others. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("caravan.editor.password", EDITOR_PASSWORD);
        }
    }

    private static final String EDITOR_PASSWORD = "changes-elsewhere-editor";

    private static final String FIGURE = "xinjiang-trade-2022";
    private static final String READ = "query($id: ID!) { statistic(id: $id) { description } statistics { totalCount } }";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StoredDataChangedCounter elsewhere;

    private Map<String, Object> read() {
        return GraphQL.post(READ, Map.of("id", FIGURE)).extract().jsonPath().getMap("data");
    }

    @Test
    void anEditByAnotherInstanceIsServedWithinTheCheckInterval() throws Exception {
        Map<String, Object> before = read();
        read(); // the second read is answered from the caches
        int total = (int) ((Map<?, ?>) before.get("statistics")).get("totalCount");

        writeAsAnotherInstance();

        long started = System.nanoTime();
        Map<String, Object> now = read();
        while (!"Changed elsewhere".equals(((Map<?, ?>) now.get("statistic")).get("description"))
                && System.nanoTime() - started < 5_000_000_000L) {
            Thread.sleep(50);
            now = read();
        }
        assertEquals("Changed elsewhere", ((Map<?, ?>) now.get("statistic")).get("description"), "after 5 s");
        assertEquals(total - 1, ((Map<?, ?>) now.get("statistics")).get("totalCount"), "the retracted figure left the total");
    }

    @Test
    void ownWritesAreNotTakenForWritesElsewhereButALateRevisionIs() throws Exception {
        GraphQL.postAs("editor", EDITOR_PASSWORD, "mutation { recordSource(input: {id: \"changes-elsewhere-own\","
                + " title: \"Recorded here\", publishedOn: \"2024-05-07\", language: \"en\"}) { id } }")
                .body("errors", org.hamcrest.Matchers.nullValue());
        int afterOwnWrite = elsewhere.count();
        Thread.sleep(3_000); // three checks (caravan.shared-database.check-interval is 1 s)
        assertEquals(afterOwnWrite, elsewhere.count(), "this instance's own write is not a write elsewhere");

        long highest = highestRevision();
        insertRevisionAsAnotherInstance(highest + 100);
        awaitMore(afterOwnWrite, "a revision written elsewhere");
        // A transaction that took a lower id and committed after the higher one was seen: still noticed.
        int seen = elsewhere.count();
        insertRevisionAsAnotherInstance(highest + 50);
        awaitMore(seen, "a revision with a lower id, committed later");
    }

    private void awaitMore(int than, String what) throws InterruptedException {
        long started = System.nanoTime();
        while (elsewhere.count() <= than && System.nanoTime() - started < 5_000_000_000L) {
            Thread.sleep(50);
        }
        assertTrue(elsewhere.count() > than, what + " is noticed within 5 s");
    }

    private long highestRevision() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select max(id) from revision");
                java.sql.ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private void insertRevisionAsAnotherInstance(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement revision = connection.prepareStatement("insert into revision (id, subject_type,"
                        + " subject_id, number, action, author, recorded_at, reason, snapshot) values (?, 'SOURCE',"
                        + " 'changes-elsewhere-other', ?, 'CORRECTED', 'another instance', current_timestamp, 'test', '{}')")) {
            revision.setLong(1, id);
            revision.setLong(2, id);
            revision.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** What another instance's correction leaves in the database: the changed row and a revision. */
    private void writeAsAnotherInstance() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement change = connection.prepareStatement(
                    "update trade_statistic set description = 'Changed elsewhere', retracted = true where id = ?")) {
                change.setString(1, FIGURE);
                assertEquals(1, change.executeUpdate());
            }
            try (PreparedStatement revision = connection.prepareStatement("insert into revision (subject_type,"
                    + " subject_id, number, action, author, recorded_at, reason, snapshot)"
                    + " values ('STATISTIC', ?, 1, 'RETRACTED', 'another instance', current_timestamp, 'test', '{}')")) {
                revision.setString(1, FIGURE);
                revision.executeUpdate();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
