package org.caravan.route;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same route editing against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class RouteMutationsIT extends RouteMutationsTest {
}
