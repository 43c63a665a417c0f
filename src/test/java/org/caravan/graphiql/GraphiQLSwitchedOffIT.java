package org.caravan.graphiql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same switch on the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class GraphiQLSwitchedOffIT extends GraphiQLSwitchedOffTest {
}
