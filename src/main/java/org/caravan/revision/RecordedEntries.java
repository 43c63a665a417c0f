package org.caravan.revision;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The entries editors record, announced once their transaction has committed (a rolled-back write is never
 * announced), to every current subscriber; what was recorded before a subscription began is not replayed.
 */
@ApplicationScoped
public class RecordedEntries {

    private final BroadcastProcessor<DataChanged> recorded = BroadcastProcessor.create();

    void onWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        if (change.action() == RevisionAction.RECORDED) {
            // Writes commit on many threads at once; a processor must be fed one item at a time.
            synchronized (recorded) {
                recorded.onNext(change);
            }
        }
    }

    /**
     * The entries of one subject type (STATISTIC, MEETING, ...) recorded from now on, each read by {@code load} in a
     * transaction of its own on a worker thread. The entry is detached when it reaches the subscriber, so
     * {@code load} initializes the lazy collections the schema exposes; @Source fields load in their own session.
     * An entry gone by the time it is read (an editor retracted it at once) is skipped.
     */
    public <T> Multi<T> of(String subjectType, Function<String, T> load) {
        return recorded.filter(change -> change.subjectType().equals(subjectType)).map(DataChanged::subjectId)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(id -> QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(load.apply(id))))
                .filter(Optional::isPresent).map(Optional::get);
    }
}
