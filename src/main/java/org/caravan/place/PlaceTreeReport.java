package org.caravan.place;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Says at start-up which stored places break the tree rule of {@link PlaceTree}: stored before the rule
 * existed, they are served (every walk over them stops), and an editor should correct their parents.
 */
@ApplicationScoped
public class PlaceTreeReport {

    @Transactional
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        List<String> cyclic = PlaceTree.inCycles(Place.listAll());
        if (!cyclic.isEmpty()) {
            Log.warnf("Places whose parents lead back to themselves, stored before Caravan refused it: %s. Walks over"
                    + " them stop after one round; correct their parents with correctPlace.", String.join(", ", cyclic));
        }
    }
}
