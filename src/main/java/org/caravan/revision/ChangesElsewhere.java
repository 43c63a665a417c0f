package org.caravan.revision;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
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
 * {@link SharedDatabaseConfig#checkInterval()} the database is asked for its latest revision and imported
 * dataset, and when either moved the caches are emptied, so a change made elsewhere is seen here within the
 * interval. Every edit writes a revision and every import a row of dataset_import, so nothing is missed.
 */
@ApplicationScoped
public class ChangesElsewhere {

    private static final String MARK = "select (select coalesce(max(id), 0) from revision),"
            + " (select count(*) from dataset_import)";

    @Inject
    SharedDatabaseConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManagerFactory entities;

    @Inject
    Event<StoredDataChanged> changed;

    private volatile String lastMark;

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

    void check() {
        String mark = mark();
        if (mark != null && !mark.equals(lastMark)) {
            lastMark = mark;
            Cache caches = entities.unwrap(SessionFactory.class).getCache();
            caches.evictAllRegions();
            caches.evictQueryRegions(); // counts: kept until a write to their table, which happened elsewhere
            changed.fire(new StoredDataChanged());
        }
    }

    /** The latest revision and the number of imports, or null when the database cannot be asked just now. */
    private String mark() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(MARK)) {
            row.next();
            return row.getLong(1) + "/" + row.getLong(2);
        } catch (SQLException e) {
            Log.debugf("Cannot check for writes by other instances: %s", e.getMessage());
            return null;
        }
    }

    /** Stored data changed in a way this instance's caches did not follow: another instance wrote. */
    public record StoredDataChanged() {
    }
}
