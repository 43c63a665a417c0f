package org.caravan.editing;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Subscriptions on the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class SubscriptionsIT extends SubscriptionsTest {
}
