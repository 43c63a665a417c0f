package org.caravan.limits;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same limits against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class QueryLimitsIT extends QueryLimitsTest {
}
