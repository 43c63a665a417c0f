package org.caravan.revision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.caravan.editing.EditingProfile;
import org.eclipse.microprofile.health.Readiness;
import org.caravan.error.ErrorCode;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Readiness after a write refused for want of storage: DOWN while a write still cannot be made, UP again once one
 * can. A row lock held by another transaction stands in for a full disk: the readiness probe cannot write either.
 */
@QuarkusTest
@TestProfile(EditingProfile.class)
public class StorageReadinessTest {

    @Inject
    @Readiness // the health check's qualifier
    StorageReadiness readiness;

    @Inject
    EntityManager entityManager;

    @Test
    void readinessIsDownUntilAWriteSucceedsAgain() throws Exception {
        given().get("/q/health/ready").then().statusCode(200);
        readiness.writesFailed();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().timeout(30)
                .run(() -> {
                    entityManager.createNativeQuery("update dataset_import_lock set id = id where id = 1").executeUpdate();
                    locked.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        locked.await(10, TimeUnit.SECONDS);
        try {
            given().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));
        } finally {
            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void databaseRefusalsAreCodedByTheirSqlState() {
        assertEquals(ErrorCode.CONFLICT, WriteFailures.codeOf("23505")); // unique key taken (PostgreSQL, H2)
        assertEquals(ErrorCode.CONFLICT, WriteFailures.codeOf("40001")); // serialization failure
        assertEquals(ErrorCode.CONFLICT, WriteFailures.codeOf("HYT00")); // H2's lock timeout
        assertEquals(ErrorCode.STORAGE_UNAVAILABLE, WriteFailures.codeOf("53100")); // PostgreSQL: disk full
        assertEquals(ErrorCode.STORAGE_UNAVAILABLE, WriteFailures.codeOf("25006")); // read-only transaction
        assertEquals(ErrorCode.STORAGE_UNAVAILABLE, WriteFailures.codeOf("90028")); // H2: I/O error
        assertNull(WriteFailures.codeOf("42000")); // a syntax error is a bug, not the storage's state
    }
}
