package org.caravan.observability;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same probes and metrics on the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class OperationsEndpointsIT extends OperationsEndpointsTest {
}
