package org.caravan.revision;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.Cache;
import org.hibernate.SessionFactory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Notices writes that other instances sharing the database have made. Reads are served from caches (Hibernate's
 * cache of entities and counts, the response cache) that this instance's own writes keep current; every
 * {@link SharedDatabaseConfig#checkInterval()} the database is asked for its recent revisions and imported
 * datasets, and when a revision appeared that this instance did not write, or an import, the caches are emptied,
 * so a change made elsewhere is seen here within the interval. Every edit writes a revision and every import a row
 * of dataset_import, so nothing is missed.
 * <p>
 * Revisions are compared by id, not by the highest id alone: ids are handed out when a revision is inserted, so a
 * transaction that took a lower id can commit after a higher one was seen. The ids of the last {@value #WINDOW}
 * are kept and compared; this instance's own revisions (known once their transaction succeeded) are left out, so
 * its own writes, which its caches followed already, do not empty them a second time.
 */
@ApplicationScoped
public class ChangesElsewhere {

    /** Revisions looked at: a transaction would have to stay open across this many others to be missed. */
    static final int WINDOW = 1_000;
    private static final String RECENT = "select id from revision where id > (select coalesce(max(id), 0) from revision) - "
            + WINDOW;
    private static final String IMPORTS = "select count(*) from dataset_import";

    @Inject
    SharedDatabaseConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory entities;

    @Inject
    Event<StoredDataChanged> changed;

    /** What the database held at the last check. */
    private record Mark(Set<Long> revisions, long imports) {
    }

    private volatile Mark lastMark;
    private final Set<Long> ownRevisions = ConcurrentHashMap.newKeySet();

    // after the bundled dataset is imported, which would otherwise look like a change made elsewhere
    void start(@Observes @Priority(3500) StartupEvent event, Vertx vertx) {
        if (config.checkInterval().isZero()) {
            return;
        }
        lastMark = mark();
        vertx.setPeriodic(config.checkInterval().toMillis(),
                id -> vertx.executeBlocking(() -> {
                    check();
                    return null;
                }, false));
    }

    void onOwnWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        if (lastMark != null) {
            ownRevisions.add(change.revisionId());
        }
    }

    synchronized void check() {
        Mark mark = mark();
        if (mark == null) {
            return;
        }
        Mark last = lastMark;
        Set<Long> added = new HashSet<>(mark.revisions());
        if (last != null) {
            added.removeAll(last.revisions());
        }
        boolean elsewhere = last == null || mark.imports() != last.imports() || !ownRevisions.containsAll(added);
        lastMark = mark;
        ownRevisions.removeAll(added);
        // An own revision seen before its transaction's observer ran was taken for one made elsewhere: forget it.
        ownRevisions.removeIf(mark.revisions()::contains);
        if (elsewhere) {
            Cache caches = entities.unwrap(SessionFactory.class).getCache();
            caches.evictAllRegions();
            caches.evictQueryRegions(); // counts: kept until a write to their table, which happened elsewhere
            changed.fire(new StoredDataChanged());
        }
    }

    /** The recent revisions and the number of imports, or null when the database cannot be asked just now. */
    private Mark mark() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Set<Long> revisions = new HashSet<>();
            try (ResultSet rows = statement.executeQuery(RECENT)) {
                while (rows.next()) {
                    revisions.add(rows.getLong(1));
                }
            }
            try (ResultSet row = statement.executeQuery(IMPORTS)) {
                row.next();
                return new Mark(revisions, row.getLong(1));
            }
        } catch (SQLException e) {
            Log.debugf("Cannot check for writes by other instances: %s", e.getMessage());
            return null;
        }
    }

    /** Stored data changed in a way this instance's caches did not follow: another instance wrote. */
    public record StoredDataChanged() {
    }
}
