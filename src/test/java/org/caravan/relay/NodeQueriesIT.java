package org.caravan.relay;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same global-id lookups against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class NodeQueriesIT extends NodeQueriesTest {
}
