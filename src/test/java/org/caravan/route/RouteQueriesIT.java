package org.caravan.route;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same route questions against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class RouteQueriesIT extends RouteQueriesTest {
}
