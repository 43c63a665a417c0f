package org.caravan.revision;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.hibernate.jpa.SpecHints;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Readiness follows whether the database takes writes: once a write is refused for want of storage
 * ({@link WriteFailures}), /q/health/ready is DOWN, so an orchestrator sends editors elsewhere, and each readiness
 * check then tries one small write of its own (it touches the one row of dataset_import_lock) until one succeeds.
 * While writes succeed, the check writes nothing.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    private final AtomicBoolean writesFailing = new AtomicBoolean();

    @Inject
    EntityManager entityManager;

    void writesFailed() {
        writesFailing.set(true);
    }

    @Override
    public HealthCheckResponse call() {
        if (writesFailing.get() && probeWrite()) {
            writesFailing.set(false);
        }
        return HealthCheckResponse.named("Database takes writes").status(!writesFailing.get()).build();
    }

    private boolean probeWrite() {
        try {
            // never waits long: a probe stuck behind a lock says as much as a failed one
            QuarkusTransaction.requiringNew().timeout(2).run(() -> entityManager
                    .createNativeQuery("update dataset_import_lock set id = id where id = 1")
                    .setHint(SpecHints.HINT_SPEC_QUERY_TIMEOUT, 1000).executeUpdate());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
