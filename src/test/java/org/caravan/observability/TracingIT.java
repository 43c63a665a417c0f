package org.caravan.observability;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Tracing switched on in the packaged application (the native binary with -Dnative), exporting to the test. */
@QuarkusIntegrationTest
public class TracingIT extends TracingTest {
}
