package org.caravan.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same HTTP rules against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class GraphQLOverHttpIT extends GraphQLOverHttpTest {
}
