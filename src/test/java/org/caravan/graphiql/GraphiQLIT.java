package org.caravan.graphiql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** GraphiQL and its examples in the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class GraphiQLIT extends GraphiQLTest {
}
