package org.caravan.revision;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Counts the times an application took a change for one made by another instance (ChangesElsewhere). */
@ApplicationScoped
public class StoredDataChangedCounter {

    private final AtomicInteger count = new AtomicInteger();

    void on(@Observes ChangesElsewhere.StoredDataChanged change) {
        count.incrementAndGet();
    }

    public int count() {
        return count.get();
    }
}
