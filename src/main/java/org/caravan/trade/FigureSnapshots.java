package org.caravan.trade;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.caravan.place.Place;
import org.caravan.revision.ChangesElsewhere;
import org.caravan.revision.DataChanged;
import org.hibernate.CacheMode;
import org.hibernate.jpa.HibernateHints;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Publishes a {@link FigureSnapshot} of the figures in force for reads to share, so that a page of figures costs
 * no SQL and no entity loading. Caravan's data change only through its own writes (and those of instances
 * sharing its database, noticed by {@link ChangesElsewhere}), so the snapshot is exact until the next one:
 * every change makes it stale at once, and the next read starts a new one in the background and is itself
 * answered by the database, as every read is until the new snapshot is published. A write is therefore visible
 * to the next read, and a burst of writes costs one rebuild, not one per write.
 * <p>
 * No snapshot is offered inside a transaction (it cannot show that transaction's own writes, and its entities are
 * not to be changed), nor when more than {@link FigureSnapshotConfig#maxFigures()} figures are in force (by default
 * as many as a quarter of the heap holds).
 * <p>
 * {@value #GAUGE} in /q/metrics: the figures the current snapshot holds, 0 while reads go to the database.
 */
@ApplicationScoped
public class FigureSnapshots {

    /** After a failed build (the database unreachable, say), reads go to the database for this long first. */
    private static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);

    static final String GAUGE = "caravan.figures.in.memory";

    /** The snapshot built at a data version; figures null when there were too many to keep. */
    private record Published(long version, FigureSnapshot figures) {
    }

    @Inject
    FigureSnapshotConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    Vertx vertx;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MeterRegistry meters;

    private final AtomicLong version = new AtomicLong();
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile Published published;
    private volatile long failedAt; // 0: no build has failed

    /** The snapshot of the data as they are now, or empty when reads must go to the database. */
    Optional<FigureSnapshot> current() {
        if (!config.enabled() || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return Optional.empty();
        }
        Published latest = published;
        if (latest != null && latest.version == version.get()) {
            return Optional.ofNullable(latest.figures);
        }
        buildInBackground();
        return Optional.empty();
    }

    /** Whether reads are answered from a snapshot now (asking starts one when none is current). */
    public boolean isCurrent() {
        return current().isPresent();
    }

    private double figuresInMemory() {
        Published latest = published;
        return latest != null && latest.version == version.get() && latest.figures != null ? latest.figures.size() : 0;
    }

    /** Whether a snapshot is being built now. */
    boolean isBuilding() {
        return building.get();
    }

    void onStart(@Observes @Priority(4000) StartupEvent event) { // after the dataset and any synthetic figures
        Gauge.builder(GAUGE, this, FigureSnapshots::figuresInMemory)
                .description("Figures answered from memory; 0 while reads go to the database").register(meters);
        version.incrementAndGet();
        if (config.enabled()) {
            buildInBackground();
        }
    }

    void onWrite(@Observes(during = TransactionPhase.AFTER_COMPLETION) DataChanged change) {
        version.incrementAndGet();
    }

    void onWriteElsewhere(@Observes ChangesElsewhere.StoredDataChanged change) {
        version.incrementAndGet();
    }

    private void buildInBackground() {
        if (failedAt != 0 && System.nanoTime() - failedAt < RETRY_AFTER_NANOS || !building.compareAndSet(false, true)) {
            return;
        }
        vertx.executeBlocking(() -> {
            try {
                build();
            } catch (RuntimeException e) {
                failedAt = System.nanoTime();
                Log.warnf("Could not keep the figures in memory, reads go to the database: %s", e.getMessage());
            } finally {
                building.set(false);
            }
            return null;
        }, false);
    }

    private void build() {
        long startedAt = version.get();
        long started = System.nanoTime();
        FigureSnapshot figures = QuarkusTransaction.requiringNew().call(this::load);
        // a change committed while loading may or may not be in what was read: that snapshot is never served
        if (version.get() == startedAt) {
            published = new Published(startedAt, figures);
            Log.debugf("Figures in memory: %s in %d ms", figures == null ? "too many to keep" : figures.size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
    }

    /** Every place with its members, then the figures in force with their places and sources, all in one session. */
    private FigureSnapshot load() {
        long inForce = entityManager.createQuery("select count(*) from TradeStatistic where " + Statistics.IN_FORCE,
                Long.class).getSingleResult();
        if (inForce > config.maxFiguresFor(Runtime.getRuntime().maxMemory())) {
            return null;
        }
        // the places first, members and all, so that the figures' places are complete once the session ends
        List<Place> places = entityManager.createQuery("select distinct p from Place p left join fetch p.members",
                Place.class).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setHint(HibernateHints.HINT_CACHE_MODE, CacheMode.IGNORE).getResultList();
        List<TradeStatistic> figures = entityManager.createQuery("select s from TradeStatistic s"
                + " join fetch s.reporter left join fetch s.partner join fetch s.citation.source where s."
                + Statistics.IN_FORCE, TradeStatistic.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true).setHint(HibernateHints.HINT_CACHE_MODE, CacheMode.IGNORE)
                .getResultList();
        return new FigureSnapshot(places, figures);
    }
}
